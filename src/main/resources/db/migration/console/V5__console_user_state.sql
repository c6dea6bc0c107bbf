-- Whether a console user may sign in, whether their password was generated or reset by an admin and must be changed
-- at the next sign-in, and when it was last set. Existing users stay enabled and keep their passwords.
ALTER TABLE console_user ADD COLUMN enabled BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE console_user ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE console_user ADD COLUMN password_changed_at TIMESTAMP WITH TIME ZONE;

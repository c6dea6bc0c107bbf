-- Who may sign in to the console: a bcrypt hash behind a "{bcrypt}" prefix and one role per user. Usernames are kept
-- in lower case. The same statements run on H2 (PostgreSQL mode) and PostgreSQL.
CREATE TABLE console_user
(
    username      VARCHAR(100)             NOT NULL PRIMARY KEY,
    password_hash VARCHAR(500)             NOT NULL,
    role          VARCHAR(20)              NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(100)             NOT NULL,
    CONSTRAINT console_user_role_check CHECK (role IN ('ADMIN', 'OPERATOR', 'AUDITOR'))
);

-- The business keys each event publication is about (a PO number, an order id, a SKU, a message id, the flow's
-- correlation id), written in the publishing transaction, so a timeline finds an object's publications by index
-- however large the archive grows (docs/adr/0018). A publication keeps its id when it is archived or dead-lettered.
CREATE TABLE publication_key
(
    business_key   VARCHAR(200)             NOT NULL,
    key_kind       VARCHAR(20)              NOT NULL,
    publication_id UUID                     NOT NULL,
    published_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (business_key, published_at, publication_id)
);

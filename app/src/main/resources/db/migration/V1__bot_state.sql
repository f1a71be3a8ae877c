-- What where-ai remembers between messages, shared by every replica. Written for PostgreSQL; the embedded H2
-- database runs it in its PostgreSQL mode. No user text is kept: a conversation keeps its situation (signals and
-- figures), feedback keeps only the reply kind, option, language and thumbs.

CREATE TABLE conversation_state (
    conversation_key VARCHAR(128) PRIMARY KEY,
    state_json       VARCHAR(8000) NOT NULL,
    updated_at       BIGINT NOT NULL
);
CREATE INDEX conversation_state_updated ON conversation_state (updated_at);

CREATE TABLE feedback_count (
    reply_kind VARCHAR(32) NOT NULL,
    option_id  VARCHAR(32) NOT NULL,
    lang       VARCHAR(8)  NOT NULL,
    thumbs_up  BOOLEAN     NOT NULL,
    times      BIGINT      NOT NULL,
    PRIMARY KEY (reply_kind, option_id, lang, thumbs_up)
);

CREATE TABLE seen_event (
    event_id VARCHAR(255) PRIMARY KEY,
    seen_at  BIGINT NOT NULL
);
CREATE INDEX seen_event_at ON seen_event (seen_at);

CREATE TABLE use_count (
    limit_name    VARCHAR(64)  NOT NULL,
    user_key      VARCHAR(128) NOT NULL,
    window_minute BIGINT       NOT NULL,
    uses          INTEGER      NOT NULL,
    PRIMARY KEY (limit_name, user_key, window_minute)
);

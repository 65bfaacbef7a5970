-- People who log in (app_user: "user" is a reserved word) and their personal API tokens.
create table app_user (
    id              bigint generated always as identity primary key,
    username        text        not null check (username ~ '^[a-z0-9][a-z0-9._-]{2,49}$'),
    display_name    text        not null check (length(display_name) between 1 and 100),
    -- DelegatingPasswordEncoder format: {argon2}$argon2id$..., so the algorithm can be upgraded
    password_hash   text        not null check (password_hash like '{%}%'),
    role            text        not null check (role in ('ADMIN', 'DATA_STEWARD', 'OPERATOR_OPD',
                                    'OPERATOR_KABKOTA', 'PENDAMPING', 'PIMPINAN', 'AUDITOR')),
    agency_code     text,
    region_code     text references region (code),   -- null: the whole province
    enabled         boolean     not null default true,
    failed_attempts integer     not null default 0 check (failed_attempts >= 0),
    locked_until    timestamptz,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);
-- usernames are kept lower-case; the index makes uniqueness case-insensitive even if that slips
create unique index app_user_username_uq on app_user (lower(username));
create index app_user_role_idx on app_user (role) where enabled;

create table api_token (
    id           bigint generated always as identity primary key,
    user_id      bigint      not null references app_user (id),
    name         text        not null check (length(name) between 1 and 80),
    -- hex SHA-256 of the whole token; the secret itself is shown once and never stored
    token_hash   text        not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    prefix       text        not null,   -- visible part, to recognise a token in lists
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    revoked_at   timestamptz,
    last_used_at timestamptz,
    check (expires_at > created_at)
);
create index api_token_user_idx on api_token (user_id, created_at desc);

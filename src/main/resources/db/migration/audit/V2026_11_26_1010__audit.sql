-- Append-only trail of every change and every read of personal data.
create table audit_event (
    id            bigint generated always as identity primary key,
    occurred_at   timestamptz not null,
    actor         text        not null,
    action        text        not null,   -- CREATE, UPDATE, DELETE, READ, LOGIN, ...
    entity_type   text        not null,   -- HOUSEHOLD, PERSON, USER, API_TOKEN, ...
    entity_id     text        not null,
    kabkota_code  text,                   -- region of the record, for scoped reading of the trail
    before_state  jsonb,
    after_state   jsonb,
    detail        text
);
create index audit_event_entity_idx on audit_event (entity_type, entity_id, id);
create index audit_event_actor_idx on audit_event (actor, occurred_at);

-- The trail cannot be edited or erased, not even by the application's own database user.
create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end $$;
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();

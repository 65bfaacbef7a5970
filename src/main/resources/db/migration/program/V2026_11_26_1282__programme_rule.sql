-- Eligibility rules of programmes, versioned: a new version per save, never updated; the highest
-- version is in force. The text is the targeting rule language (docs/rules.md), checked on save.
create table programme_rule (
    id            bigint generated always as identity primary key,
    programme_id  bigint      not null references programme (id),
    version       integer     not null check (version >= 1),
    rule_text     text        not null,
    note          text,
    created_by_id bigint,                  -- null for the preload
    created_by    text        not null,    -- username, as in the audit trail
    created_at    timestamptz not null,
    unique (programme_id, version)
);

-- Jamsosratu's rule from issue 5 (poor families with a pregnant woman, a young child, a school
-- child, an elderly or a severely disabled member), as docs/rules.md writes it.
insert into programme_rule (programme_id, version, rule_text, note, created_by, created_at)
select id, 1,
       'desil <= 4 AND ANY MEMBER (hamil OR umur < 6 OR (sekolah IN (SD, SMP, SMA) AND umur < 21) OR umur >= 60 OR disabilitas = BERAT)',
       'preloaded from issue 5', 'system', now()
from programme where code = 'JAMSOSRATU';

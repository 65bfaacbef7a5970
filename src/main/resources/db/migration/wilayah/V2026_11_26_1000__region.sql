-- Kemendagri administrative regions: province (1), kab/kota (2), kecamatan (3), desa/kelurahan (4).
-- Codes are kept dotted (36.01.01.2001) as Kemendagri writes them; code_plain has no dots (the
-- first 6 digits of a NIK are a plain kecamatan code).
create table region (
    code        text primary key,
    code_plain  text not null unique,
    name        text not null,
    level       smallint not null check (level between 1 and 4),
    subtype     text,
    parent_code text references region (code)
);
create index region_parent_idx on region (parent_code);

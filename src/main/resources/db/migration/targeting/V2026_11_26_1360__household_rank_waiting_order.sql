-- The waiting lists read the families of a kab/kota in rank order (desil, score, then household
-- id as the tie-breaker) straight from this index and stop at the page they need.
drop index household_rank_desil_idx;
create index household_rank_desil_idx on household_rank (kabkota_code, desil, score, household_id);

package id.jaring.intake;

/**
 * A seam for testing the all-or-nothing commit: told after each step of the registry merge (COPY,
 * MATCH, HOUSEHOLDS, PERSONS, MEMBERSHIPS, SOURCES, GOLDEN), inside the commit's transaction. The
 * application's implementation does nothing; a test's throws to cut the commit off mid-way.
 */
interface CommitFaults {

    void after(String step);
}

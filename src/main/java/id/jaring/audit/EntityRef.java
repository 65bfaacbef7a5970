package id.jaring.audit;

/** The audited thing: its type (HOUSEHOLD, PERSON, USER, API_TOKEN, ...) and its id. */
public record EntityRef(String type, String id) {

    public static EntityRef of(String type, Object id) {
        return new EntityRef(type, String.valueOf(id));
    }
}

package city.hotline.router.supervision;

/** A query parameter the supervision API cannot use; answered with a 400 problem that names it. */
class BadParameterException extends RuntimeException {

    private final String parameter;

    BadParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}

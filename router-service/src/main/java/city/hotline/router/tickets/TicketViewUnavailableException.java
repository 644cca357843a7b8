package city.hotline.router.tickets;

/** The ticket table is still loading (start-up or rebalance); the client should retry shortly. */
public class TicketViewUnavailableException extends RuntimeException {

    TicketViewUnavailableException() {
        super("The ticket view is loading; retry in a moment");
    }
}

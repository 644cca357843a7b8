package city.hotline.router.whatif;

/** An approval that would not release what the run tried: approved already, or the live rulebase moved on. */
class ApprovalRefusedException extends RuntimeException {

    ApprovalRefusedException(String reason) {
        super(reason);
    }
}

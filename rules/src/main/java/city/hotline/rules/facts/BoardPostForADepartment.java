package city.hotline.rules.facts;

/**
 * A message-board post the learned model reads as a hotline matter with near certainty
 * (police-categories.drl): its words of harm are a report to a department, not a danger sign.
 */
public record BoardPostForADepartment() {
}

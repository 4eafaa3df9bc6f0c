package org.qingfeng.intake.rhythm.rules;

/** The two reminders a window can have; each goes at most once per unit and period. */
public enum ReminderKind {
    /** Some working days before the window opens. */
    BEFORE_OPENING("before-opening"),
    /** On the window's last day, when nothing has been filed yet. */
    LAST_DAY("last-day");

    private final String id;

    ReminderKind(String id) {
        this.id = id;
    }

    /** The name in the claim key {@code unit|period|kind} and in metrics. */
    public String id() {
        return id;
    }
}

package org.qingfeng.gateway.console.disposal;

import java.time.ZoneId;
import java.util.Objects;
import org.qingfeng.gateway.console.DisposalCase;
import org.qingfeng.gateway.console.LocalTimes;
import org.qingfeng.gateway.console.Named;

/**
 * A case as a row of the cases table or the inbox: colour badge, unit and recipient by name, the
 * ladder and rung, the standing, the deadlines in the console's zone, and the overdue mark.
 */
record CaseLine(
        String caseId,
        long sequence,
        String colour,
        String badge,
        String colourLabel,
        Named unit,
        Named recipient,
        String ladderLabel,
        String rungLabel,
        String state,
        String stateLabel,
        String dueAt,
        String acknowledgeBy,
        boolean overdue,
        boolean finished,
        String openedAt) {

    static CaseLine from(DisposalCase c, ZoneId zone) {
        String colour = Objects.toString(c.colour(), "");
        return new CaseLine(
                Objects.toString(c.caseId(), ""),
                c.sequence(),
                colour,
                Colours.badgeOf(colour),
                Objects.toString(c.colourLabel(), colour),
                c.unit(),
                c.recipient(),
                Objects.toString(c.ladderLabel(), Objects.toString(c.ladder(), "")),
                Objects.toString(c.rungLabel(), Objects.toString(c.rungCode(), "")),
                Objects.toString(c.state(), ""),
                Objects.toString(c.stateLabel(), Objects.toString(c.state(), "")),
                LocalTimes.format(c.dueAt(), zone),
                LocalTimes.format(c.acknowledgeBy(), zone),
                c.overdue(),
                c.finished(),
                LocalTimes.format(c.openedAt(), zone));
    }

    /** Public for the templates: the department has not yet signed for the case. */
    public boolean awaitsAcknowledgement() {
        return "OPEN".equals(state);
    }

    /** Public for the templates: the department may still answer. */
    public boolean awaitsReply() {
        return "OPEN".equals(state) || "ACKNOWLEDGED".equals(state);
    }

    /** Public for the templates: the station has a reply to verify. */
    public boolean awaitsVerification() {
        return "REPLIED".equals(state);
    }
}

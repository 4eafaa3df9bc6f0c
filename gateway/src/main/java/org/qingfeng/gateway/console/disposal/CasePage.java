package org.qingfeng.gateway.console.disposal;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.console.DisposalCase;
import org.qingfeng.gateway.console.LocalTimes;

/**
 * A case's page, for the station and the department alike: its standing, the history oldest first
 * as disposal gives it, and the notices with their PDF and OFD downloads.
 */
record CasePage(
        CaseLine line,
        String ladder,
        String rungCode,
        String severity,
        String policyVersion,
        @Nullable String post,
        String updatedAt,
        List<HistoryLine> history,
        List<NoticeLine> notices) {

    static CasePage from(DisposalCase c, ZoneId zone) {
        CaseLine line = CaseLine.from(c, zone);
        return new CasePage(
                line,
                Objects.toString(c.ladder(), ""),
                Objects.toString(c.rungCode(), ""),
                Objects.toString(c.severity(), ""),
                Objects.toString(c.policyVersion(), ""),
                c.post(),
                LocalTimes.format(c.updatedAt(), zone),
                c.history().stream()
                        .map(step -> HistoryLine.from(line.caseId(), step, zone))
                        .toList(),
                c.notices().stream().map(NoticeLine::from).toList());
    }

    /**
     * A notice and its downloads. Only paths under {@code /api/} become links: whatever a service
     * sent, a page never links elsewhere.
     */
    record NoticeLine(
            long sequence,
            String documentNumber,
            String title,
            @Nullable String pdf,
            @Nullable String ofd) {

        static NoticeLine from(DisposalCase.NoticeLink notice) {
            return new NoticeLine(
                    notice.sequence(),
                    Objects.toString(notice.documentNumber(), ""),
                    Objects.toString(notice.title(), ""),
                    local(notice.pdf()),
                    local(notice.ofd()));
        }

        private static @Nullable String local(@Nullable String path) {
            return path != null && path.startsWith("/api/") && !path.contains("..") ? path : null;
        }
    }
}

package org.qingfeng.disposal.notice;

import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.qingfeng.disposal.cases.Cases;
import org.qingfeng.disposal.network.NodeDirectory;
import org.qingfeng.disposal.notice.rules.OfficialDocument;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.NodeAncestry;
import org.qingfeng.support.security.Role;
import org.qingfeng.support.security.Scopes;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/**
 * Notices composed and written as the notice controller does (read the case, compose, check, write
 * PDF or OFD), with the machine's {@code wqy-zenhei.ttc}, without HTTP and the audit trail, for the benchmark.
 */
public final class NoticeBench {

    private final Notices notices;
    private final OfficialPdf pdf;
    private final OfficialOfd ofd;
    private final Actor actor;

    public NoticeBench(
            MongoDatabase database, Cases cases, NodeDirectory directory, NodeAncestry ancestry, String root) {
        String font = "wqy-zenhei.ttc";
        NoticeProperties properties = new NoticeProperties(
                "",
                "",
                false,
                "Asia/Shanghai",
                Path.of("/usr/share/fonts/truetype/wqy"),
                new NoticeProperties.Fonts(font, font, font));
        DocumentFonts fonts = new DocumentFonts(properties);
        this.pdf = new OfficialPdf(fonts);
        this.ofd = new OfficialOfd(fonts);
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("cases", cases);
        this.notices = new Notices(
                beans.getBeanProvider(Cases.class),
                directory,
                new NoticeFindings(database),
                properties,
                new Scopes(ancestry));
        this.actor = new Actor("u-bench", Set.of(Role.WORK_STATION_STAFF), root);
    }

    /** {@code GET /api/cases/{caseId}/notices/{sequence}.pdf} without HTTP and audit. */
    public byte[] pdf(UUID caseId, long sequence) {
        return pdf.write(notices.issued(actor, caseId, sequence).document());
    }

    /** {@code GET /api/cases/{caseId}/notices/{sequence}.ofd} without HTTP and audit. */
    public byte[] ofd(UUID caseId, long sequence) {
        Notices.Issued issued = notices.issued(actor, caseId, sequence);
        return ofd.write(
                issued.document(),
                issued.step().eventId(),
                issued.step().occurredAt().atZone(notices.zone()).toLocalDate());
    }

    public byte[] pdf(OfficialDocument document) {
        return pdf.write(document);
    }

    public byte[] ofd(OfficialDocument document, UUID docId, LocalDate created) {
        return ofd.write(document, docId, created);
    }
}

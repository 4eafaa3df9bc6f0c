package org.qingfeng.intake.workbook;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.qingfeng.intake.IntakeProperties;
import org.qingfeng.intake.network.CurrentNetwork;
import org.qingfeng.intake.network.NetworkScope;
import org.qingfeng.intake.network.rules.NetworkView;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;
import org.qingfeng.intake.submission.BatchRefused;
import org.qingfeng.intake.submission.SubmissionContext;
import org.qingfeng.intake.submission.SubmissionRequest;
import org.qingfeng.intake.submission.SubmissionService;
import org.qingfeng.intake.workbook.rules.ItemRows;
import org.qingfeng.intake.workbook.rules.SheetRow;
import org.qingfeng.support.security.Actor;
import org.springframework.stereotype.Service;

/**
 * Imports a township's monthly batch of items all or nothing: every row read and checked (its cells,
 * its region in the caller's part of the network, then the submission rules through {@link
 * SubmissionService#submitAll}) before any is written. Each row's idempotency scope is the file's
 * SHA-256 and the row's number, so importing the same file again lands on the same items.
 */
@Service
class BatchImport {

    private final SubmissionService submissions;
    private final CurrentNetwork network;
    private final IntakeProperties intake;
    private final BatchProperties properties;

    BatchImport(
            SubmissionService submissions,
            CurrentNetwork network,
            IntakeProperties intake,
            BatchProperties properties) {
        this.submissions = submissions;
        this.network = network;
        this.intake = intake;
        this.properties = properties;
    }

    /** @param items how many rows the file held, all of them now items */
    record Imported(int items, UUID batchId) {}

    Imported importFrom(byte[] file, Actor actor) {
        List<SheetRow> sheet = new WorkbookReader(properties.maxRows())
                .read(new ByteArrayInputStream(file), ItemRows.SHEET, ItemRows.COLUMNS);
        ItemRows.Read read = ItemRows.read(sheet, intake.subjectAreas());
        List<Violation> errors = new ArrayList<>(read.problems());
        NetworkView view = network.view();
        for (ItemRows.Row row : read.rows()) {
            String region = row.draft().regionCode();
            if (region != null && view.node(region).isPresent() && !NetworkScope.inside(actor, region, view)) {
                errors.add(ItemRows.toCell(row.number(), NetworkScope.outside("regionCode")));
            }
        }
        if (!errors.isEmpty()) {
            throw new RulesViolated(capped(errors));
        }
        String digest = sha256(file);
        UUID batchId =
                UUID.nameUUIDFromBytes(("batch:" + digest + ":" + actor.node()).getBytes(StandardCharsets.UTF_8));
        List<SubmissionRequest> requests = read.rows().stream()
                .map(row -> new SubmissionRequest(
                        row.draft(),
                        SubmissionContext.retriedAs("batch:" + digest + ":" + row.number())
                                .enteredBy(actor.subject(), batchId)))
                .toList();
        try {
            submissions.submitAll(requests);
        } catch (BatchRefused refused) {
            throw new RulesViolated(capped(byCell(refused, read.rows())));
        }
        return new Imported(requests.size(), batchId);
    }

    private static List<Violation> byCell(BatchRefused refused, List<ItemRows.Row> rows) {
        List<Violation> errors = new ArrayList<>();
        for (Map.Entry<Integer, List<Violation>> entry : refused.byPosition().entrySet()) {
            int row = rows.get(entry.getKey()).number();
            entry.getValue().forEach(v -> errors.add(ItemRows.toCell(row, v)));
        }
        return errors;
    }

    private static List<Violation> capped(List<Violation> errors) {
        if (errors.size() <= WorkbookImport.MAX_ERRORS) {
            return errors;
        }
        List<Violation> capped = new ArrayList<>(errors.subList(0, WorkbookImport.MAX_ERRORS));
        int more = errors.size() - WorkbookImport.MAX_ERRORS;
        capped.add(new Violation(ItemRows.SHEET, "另有 " + more + " 处错误未列出 / " + more + " more errors not listed"));
        return capped;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

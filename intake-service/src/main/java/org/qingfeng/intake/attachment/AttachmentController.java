package org.qingfeng.intake.attachment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.contracts.intake.SealedBox;
import org.qingfeng.contracts.intake.SubmissionReceived.AttachmentRef;
import org.qingfeng.intake.attachment.AttachmentArchive.ItemFiles;
import org.qingfeng.intake.attachment.rules.AttachmentRules;
import org.qingfeng.intake.attachment.rules.Chunks;
import org.qingfeng.intake.attachment.rules.FileKind;
import org.qingfeng.intake.attachment.rules.FileNames;
import org.qingfeng.intake.sealing.Sealer;
import org.qingfeng.intake.web.NotFound;
import org.qingfeng.support.audit.AuditEntry;
import org.qingfeng.support.audit.AuditTrail;
import org.qingfeng.support.security.Actors;
import org.qingfeng.support.security.Scopes;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An item's files for the staff who may read the item: the list, and each file opened from its
 * sealed chunks and checked against its digest before a byte leaves. Always a download
 * ({@code Content-Disposition: attachment}), never sniffed or cached by the browser. Audited as a
 * read of the item; unknown and out of scope answer alike, {@code 404}.
 */
@RestController
class AttachmentController {

    static final String TARGET = "item";
    static final String NO_SUCH_ITEM = "没有这个事项 / No such item";
    static final String NO_SUCH_FILE = "没有这个附件 / No such attachment";

    private final AttachmentArchive archive;
    private final Sealer sealer;
    private final Scopes scopes;
    private final AuditTrail audit;

    AttachmentController(AttachmentArchive archive, Sealer sealer, Scopes scopes, AuditTrail audit) {
        this.archive = archive;
        this.sealer = sealer;
        this.scopes = scopes;
        this.audit = audit;
    }

    @GetMapping("/api/items/{itemId}/attachments")
    @PreAuthorize("hasAnyRole('WORK_STATION_STAFF','TOWNSHIP_STAFF','MONITORING_STAFF')")
    ResponseEntity<Listing> list(@PathVariable String itemId) {
        ItemFiles item = readable(itemId);
        List<Listed> listed = new ArrayList<>();
        for (AttachmentRef ref : item.attachments()) {
            listed.add(new Listed(ref.attachmentId(), ref.mediaType(), ref.size(), servedName(item, ref)));
        }
        audit.record(AuditEntry.of(AuditAction.ITEM_READ, TARGET, item.itemId().toString(), item.regionCode())
                .detail("attachments count=" + listed.size()));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new Listing(listed));
    }

    @GetMapping("/api/items/{itemId}/attachments/{attachmentId}")
    @PreAuthorize("hasAnyRole('WORK_STATION_STAFF','TOWNSHIP_STAFF','MONITORING_STAFF')")
    ResponseEntity<byte[]> download(@PathVariable String itemId, @PathVariable String attachmentId) {
        ItemFiles item = readable(itemId);
        AttachmentRef ref = parse(attachmentId)
                .flatMap(id -> item.attachments().stream()
                        .filter(a -> a.attachmentId().equals(id))
                        .findFirst())
                .orElseThrow(() -> new NotFound(NO_SUCH_FILE));
        byte[] content = open(ref);
        audit.record(AuditEntry.of(AuditAction.ITEM_READ, TARGET, item.itemId().toString(), item.regionCode())
                .detail("attachment " + ref.attachmentId()));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ref.mediaType()))
                .contentLength(content.length)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.contentDisposition(servedName(item, ref)))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .body(content);
    }

    private ItemFiles readable(String itemId) {
        ItemFiles item = parse(itemId).flatMap(archive::item).orElseThrow(() -> new NotFound(NO_SUCH_ITEM));
        scopes.require(Actors.current(), item.regionCode());
        return item;
    }

    /**
     * The file put together from its chunks. Chunks not projected yet answer {@code 404} (the item
     * was just submitted); a file whose digest does not match is never served.
     */
    private byte[] open(AttachmentRef ref) {
        List<SealedBox> boxes =
                archive.chunks(ref.attachmentId(), ref.chunks()).orElseThrow(() -> new NotFound(NO_SUCH_FILE));
        List<byte[]> pieces = new ArrayList<>(boxes.size());
        for (int i = 0; i < boxes.size(); i++) {
            pieces.add(sealer.openBytes(AttachmentSeals.chunkPurpose(ref.attachmentId(), i), boxes.get(i)));
        }
        byte[] content = Chunks.join(pieces);
        if (content.length != ref.size() || !AttachmentRules.sha256(content).equals(ref.sha256())) {
            throw new IllegalStateException("attachment " + ref.attachmentId() + " does not match its digest");
        }
        return content;
    }

    /**
     * The name a file is served under: its position and the extension of what it really is, such as
     * {@code 附件2.jpg}. The name it was sent under stays sealed: people name files after themselves
     * and the people they report, and staff reading the item need neither.
     */
    private static String servedName(ItemFiles item, AttachmentRef ref) {
        String name = "附件" + (item.attachments().indexOf(ref) + 1);
        return kindOf(ref.mediaType()).map(kind -> FileNames.served(name, kind)).orElse(name);
    }

    private static Optional<FileKind> kindOf(String mediaType) {
        return List.of(FileKind.values()).stream()
                .filter(k -> k.mediaType().equals(mediaType))
                .findFirst();
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    record Listing(List<Listed> attachments) {}

    record Listed(UUID attachmentId, String mediaType, long size, String fileName) {}
}

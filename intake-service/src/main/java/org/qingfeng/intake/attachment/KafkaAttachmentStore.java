package org.qingfeng.intake.attachment;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.AttachmentChunk;
import org.qingfeng.contracts.intake.SubmissionReceived.AttachmentRef;
import org.qingfeng.intake.attachment.rules.AcceptedFile;
import org.qingfeng.intake.attachment.rules.AttachmentRules;
import org.qingfeng.intake.attachment.rules.Chunks;
import org.qingfeng.intake.attachment.rules.OfferedFile;
import org.qingfeng.intake.sealing.Sealer;
import org.qingfeng.intake.web.AcknowledgedSends;
import org.springframework.stereotype.Component;

/**
 * Files sealed into {@code intake.attachment-chunks.v1}: all checked first, then each cut into
 * chunks sealed one by one (the purpose names the attachment and the chunk, so a chunk moved
 * elsewhere does not open), sent keyed by attachment id and acknowledged before the submission that
 * names them is written. Sent in groups, so one item's 25 MB never fills the producer's buffer.
 */
@Component
class KafkaAttachmentStore implements AttachmentStore {

    /** About 6 MB sealed per group at the default chunk size, well inside the producer's 32 MB buffer. */
    static final int CHUNKS_PER_SEND = 16;

    private final AttachmentRules rules;
    private final int chunkSize;
    private final Sealer sealer;
    private final AcknowledgedSends sends;
    private final MeterRegistry meters;

    KafkaAttachmentStore(
            AttachmentProperties properties, Sealer sealer, AcknowledgedSends sends, MeterRegistry meters) {
        this.rules = new AttachmentRules(properties.limits());
        this.chunkSize = Math.toIntExact(properties.chunkSize().toBytes());
        this.sealer = sealer;
        this.sends = sends;
        this.meters = meters;
    }

    @Override
    public List<AttachmentRef> store(UUID itemId, List<AttachmentUpload> uploads, Instant at) {
        List<AcceptedFile> files = rules.check(uploads.stream()
                .map(u -> new OfferedFile(u.fileName(), u.declaredType(), u.content()))
                .toList());
        List<AttachmentRef> refs = new ArrayList<>(files.size());
        List<ProducerRecord<String, Object>> records = new ArrayList<>();
        for (int position = 0; position < files.size(); position++) {
            AcceptedFile file = files.get(position);
            UUID attachmentId = AttachmentSeals.attachmentId(itemId, position);
            List<byte[]> pieces = Chunks.split(file.content(), chunkSize);
            for (int index = 0; index < pieces.size(); index++) {
                records.add(record(itemId, attachmentId, index, pieces, at));
            }
            refs.add(new AttachmentRef(
                    attachmentId,
                    file.kind().mediaType(),
                    file.content().length,
                    file.sha256(),
                    sealer.seal(AttachmentSeals.namePurpose(attachmentId), file.fileName()),
                    pieces.size()));
        }
        for (int from = 0; from < records.size(); from += CHUNKS_PER_SEND) {
            sends.sendAll(records.subList(from, Math.min(records.size(), from + CHUNKS_PER_SEND)), "attachments");
        }
        files.forEach(f -> meters.counter(
                        "intake.attachments.stored",
                        "group",
                        f.kind().group().name().toLowerCase(Locale.ROOT))
                .increment());
        return refs;
    }

    private ProducerRecord<String, Object> record(
            UUID itemId, UUID attachmentId, int index, List<byte[]> pieces, Instant at) {
        AttachmentChunk chunk = new AttachmentChunk(
                AttachmentSeals.chunkEventId(attachmentId, index),
                at,
                attachmentId,
                itemId,
                index,
                pieces.size(),
                sealer.sealBytes(AttachmentSeals.chunkPurpose(attachmentId, index), pieces.get(index)));
        return new ProducerRecord<>(Topics.ATTACHMENT_CHUNKS.name(), attachmentId.toString(), chunk);
    }
}

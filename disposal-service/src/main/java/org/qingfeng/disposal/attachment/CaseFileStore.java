package org.qingfeng.disposal.attachment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.disposal.CaseAttachmentChunk;
import org.qingfeng.disposal.DisposalProperties;
import org.qingfeng.disposal.attachment.rules.Chunks;
import org.qingfeng.disposal.attachment.rules.FileTypes;
import org.qingfeng.disposal.attachment.rules.ReplyFileRules;
import org.qingfeng.disposal.cases.CaseJson.AttachmentJson;
import org.qingfeng.support.kafka.Acks;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Stores a case's files on {@code disposal.case-attachments.v1}: each cut into chunks (keyed by
 * attachment id, event ids derived from attachment id and index, so a resend is dropped) and
 * acknowledged by the broker before the step that names them is published. Sent in groups, so a
 * reply's 25 MB never fills the producer's buffer at once.
 */
@Component
public class CaseFileStore {

    static final int CHUNKS_PER_SEND = 16;

    private final KafkaTemplate<String, Object> kafka;
    private final Duration timeout;
    private final int chunkSize;
    private final ReplyFileRules rules;

    CaseFileStore(KafkaTemplate<String, Object> kafka, DisposalProperties disposal, AttachmentProperties properties) {
        this.kafka = kafka;
        this.timeout = disposal.kafka().publishTimeout();
        this.chunkSize = Math.toIntExact(properties.chunkSize().toBytes());
        this.rules = new ReplyFileRules(
                properties.maxFiles(), properties.maxFileSize().toBytes());
    }

    /** What a reply's files are checked against before any is stored. */
    public ReplyFileRules rules() {
        return rules;
    }

    /**
     * @return the stored files with their new ids, in the order given
     * @throws Acks.AckFailed when the broker did not acknowledge every chunk in time
     */
    public List<AttachmentJson> store(UUID caseId, List<ReplyFile> files, Instant at) {
        List<AttachmentJson> stored = new ArrayList<>(files.size());
        List<ProducerRecord<String, Object>> records = new ArrayList<>();
        for (ReplyFile file : files) {
            UUID attachmentId = UUID.randomUUID();
            records.addAll(chunks(caseId, attachmentId, file, at));
            stored.add(new AttachmentJson(attachmentId, file.fileName(), file.content().length));
        }
        for (int from = 0; from < records.size(); from += CHUNKS_PER_SEND) {
            Acks.sendAll(kafka, records.subList(from, Math.min(records.size(), from + CHUNKS_PER_SEND)), timeout);
        }
        return stored;
    }

    private List<ProducerRecord<String, Object>> chunks(UUID caseId, UUID attachmentId, ReplyFile file, Instant at) {
        String sha256 = Chunks.sha256(file.content());
        String contentType = FileTypes.contentType(file.fileName()).orElse("application/octet-stream");
        List<byte[]> pieces = Chunks.split(file.content(), chunkSize);
        List<ProducerRecord<String, Object>> records = new ArrayList<>(pieces.size());
        for (int index = 0; index < pieces.size(); index++) {
            CaseAttachmentChunk chunk = new CaseAttachmentChunk(
                    EventIds.derive("case-attachment-chunk", attachmentId + "|" + index),
                    at,
                    attachmentId,
                    caseId,
                    index,
                    pieces.size(),
                    file.fileName(),
                    contentType,
                    file.content().length,
                    sha256,
                    pieces.get(index));
            records.add(new ProducerRecord<>(Topics.CASE_ATTACHMENTS.name(), attachmentId.toString(), chunk));
        }
        return records;
    }
}

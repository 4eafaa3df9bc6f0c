package org.qingfeng.disposal.attachment;

/** A file a department attached to its reply, already checked against {@link CaseFileStore#rules()}. */
public record ReplyFile(String fileName, byte[] content) {}

package org.qingfeng.intake.attachment.rules;

/**
 * A file that passed every check, as it is stored.
 *
 * @param fileName the name as sent, reduced to its last path segment and normalised (NFC)
 * @param content after its metadata was stripped
 * @param sha256 hex of {@code content}
 */
public record AcceptedFile(FileKind kind, String fileName, byte[] content, String sha256) {

    /** Neither the name nor the bytes. */
    @Override
    public String toString() {
        return "AcceptedFile[" + kind + ", " + content.length + " bytes]";
    }
}

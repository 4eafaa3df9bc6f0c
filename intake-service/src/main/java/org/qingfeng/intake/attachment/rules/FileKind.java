package org.qingfeng.intake.attachment.rules;

import java.util.List;

/**
 * The kinds of file intake can recognise from their content, with the media type they are served
 * as and the file-name extensions that fit them. Whether a kind is accepted is configuration
 * ({@code intake.attachments.allowed-types}); a kind intake cannot strip of its metadata is never
 * accepted as it is ({@link #storable}).
 */
public enum FileKind {
    JPEG("image/jpeg", Group.IMAGE, true, "jpg", "jpeg", "jpe"),
    PNG("image/png", Group.IMAGE, true, "png"),
    GIF("image/gif", Group.IMAGE, true, "gif"),
    WEBP("image/webp", Group.IMAGE, true, "webp"),
    /** HEIF keeps its Exif inside its box structure, which intake does not rewrite. */
    HEIC("image/heic", Group.IMAGE, false, "heic", "heif"),
    PDF("application/pdf", Group.DOCUMENT, true, "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Group.DOCUMENT, true, "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Group.DOCUMENT, true, "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", Group.DOCUMENT, true, "pptx"),
    DOC("application/msword", Group.DOCUMENT, true, "doc", "wps"),
    XLS("application/vnd.ms-excel", Group.DOCUMENT, true, "xls", "et"),
    PPT("application/vnd.ms-powerpoint", Group.DOCUMENT, true, "ppt", "dps"),
    MP3("audio/mpeg", Group.AUDIO, true, "mp3"),
    M4A("audio/mp4", Group.AUDIO, true, "m4a", "mp4"),
    AAC("audio/aac", Group.AUDIO, true, "aac"),
    AMR("audio/amr", Group.AUDIO, true, "amr"),
    WAV("audio/wav", Group.AUDIO, true, "wav"),
    OGG("audio/ogg", Group.AUDIO, true, "ogg", "oga", "opus");

    private final String mediaType;
    private final Group group;
    private final boolean storable;
    private final List<String> extensions;

    FileKind(String mediaType, Group group, boolean storable, String... extensions) {
        this.mediaType = mediaType;
        this.group = group;
        this.storable = storable;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    public Group group() {
        return group;
    }

    /**
     * Whether intake may keep a file of this kind: not an image whose metadata (where and by what it
     * was taken) intake cannot remove. Documents and audio are kept as they are (see the README).
     */
    public boolean storable() {
        return storable;
    }

    /** The extensions a file of this kind may carry, the first the one given to names without. */
    public List<String> extensions() {
        return extensions;
    }

    public enum Group {
        IMAGE,
        DOCUMENT,
        AUDIO
    }
}

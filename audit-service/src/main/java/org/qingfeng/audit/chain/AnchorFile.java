package org.qingfeng.audit.chain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.qingfeng.audit.AuditProperties;
import org.springframework.stereotype.Component;

/**
 * The witness outside the database: one signed anchor line appended per anchor, forced to disk
 * before the anchor counts. Opened for appending only; never rewritten by this service.
 */
@Component
public class AnchorFile {

    private final Path file;

    public AnchorFile(AuditProperties properties) {
        this.file = properties.anchorFile().toAbsolutePath();
    }

    synchronized void append(String line) {
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the anchor file " + file, e);
        }
    }

    /** Every line, or none when there is no file yet. */
    public List<String> lines() {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the anchor file " + file, e);
        }
    }

    public Path path() {
        return file;
    }
}

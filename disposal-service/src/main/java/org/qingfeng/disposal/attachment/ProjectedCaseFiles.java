package org.qingfeng.disposal.attachment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.qingfeng.disposal.cases.CaseFiles;
import org.qingfeng.disposal.cases.CaseJson.AttachmentJson;
import org.springframework.stereotype.Component;

/** The {@link CaseFiles} seam over {@code case_files}: the names and sizes the case detail shows. */
@Component
public class ProjectedCaseFiles implements CaseFiles {

    private final AttachmentStore store;

    ProjectedCaseFiles(AttachmentStore store) {
        this.store = store;
    }

    @Override
    public Map<UUID, AttachmentJson> of(UUID caseId) {
        Map<UUID, AttachmentJson> files = new LinkedHashMap<>();
        store.filesOf(caseId)
                .forEach(
                        f -> files.put(f.attachmentId(), new AttachmentJson(f.attachmentId(), f.fileName(), f.size())));
        return files;
    }
}

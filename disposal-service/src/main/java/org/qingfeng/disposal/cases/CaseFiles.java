package org.qingfeng.disposal.cases;

import java.util.Map;
import java.util.UUID;

/** The files stored for a case (replies, talk records), by attachment id: names and sizes, no bytes. */
public interface CaseFiles {

    Map<UUID, CaseJson.AttachmentJson> of(UUID caseId);
}

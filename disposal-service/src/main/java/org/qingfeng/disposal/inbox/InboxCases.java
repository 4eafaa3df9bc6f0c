package org.qingfeng.disposal.inbox;

import java.util.Optional;
import java.util.UUID;
import org.qingfeng.disposal.attachment.CaseAccess;
import org.qingfeng.disposal.cases.CaseNotFound;
import org.qingfeng.disposal.cases.CaseView;
import org.qingfeng.disposal.cases.Cases;
import org.qingfeng.support.security.Actor;
import org.springframework.beans.factory.ObjectProvider;

/** One case for the inbox: unknown, or out of the caller's part of the network, answers the same {@code 404}. */
final class InboxCases {

    private InboxCases() {}

    static CaseView readable(ObjectProvider<Cases> cases, CaseAccess access, Actor actor, UUID caseId) {
        return find(cases, caseId).filter(c -> access.mayRead(actor, c)).orElseThrow(() -> new CaseNotFound(caseId));
    }

    static CaseView answerable(ObjectProvider<Cases> cases, CaseAccess access, Actor actor, UUID caseId) {
        return find(cases, caseId).filter(c -> access.mayAnswer(actor, c)).orElseThrow(() -> new CaseNotFound(caseId));
    }

    private static Optional<CaseView> find(ObjectProvider<Cases> cases, UUID caseId) {
        Cases all = cases.getIfAvailable();
        return all == null ? Optional.empty() : all.find(caseId);
    }
}

package org.qingfeng.disposal.attachment;

import org.qingfeng.disposal.cases.CaseScopes;
import org.qingfeng.disposal.cases.CaseView;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Role;
import org.qingfeng.support.security.Scopes;
import org.springframework.stereotype.Component;

/**
 * Who may read a case in the inbox and download its files: work-station staff when the unit or the
 * township lies in their subtree; a department's officer when the recipient or the unit is their
 * department or lies below it, never because of where the items came from. Only the officer answers.
 */
@Component
public class CaseAccess {

    private final Scopes scopes;

    CaseAccess(Scopes scopes) {
        this.scopes = scopes;
    }

    public boolean mayRead(Actor actor, CaseView c) {
        boolean station = actor.has(Role.WORK_STATION_STAFF) && CaseScopes.staffSee(scopes, actor, c);
        return station || mayAnswer(actor, c);
    }

    public boolean mayAnswer(Actor actor, CaseView c) {
        return actor.has(Role.DEPARTMENT_OFFICER) && CaseScopes.departmentSees(scopes, actor, c);
    }
}

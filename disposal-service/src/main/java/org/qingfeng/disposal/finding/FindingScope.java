package org.qingfeng.disposal.finding;

import org.qingfeng.contracts.analysis.FindingPublished;
import org.qingfeng.contracts.analysis.FindingPublished.Destination;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Role;
import org.qingfeng.support.security.Scopes;
import org.springframework.stereotype.Component;

/**
 * Who sees a finding. Work-station staff: when its unit or its region lies in their subtree. A
 * department's officer, as for warnings: when the unit concerned is their department or lies below it,
 * and an analysis exchange when it goes to their department (or one below it); never because of the
 * region.
 */
@Component
class FindingScope {

    private final Scopes scopes;

    FindingScope(Scopes scopes) {
        this.scopes = scopes;
    }

    boolean visible(Actor actor, FindingPublished finding) {
        boolean unit = scopes.covers(actor, finding.unitCode());
        if (actor.has(Role.WORK_STATION_STAFF) && (unit || scopes.covers(actor, finding.regionCode()))) {
            return true;
        }
        boolean exchange = finding.destination() == Destination.EXCHANGE
                && scopes.covers(actor, finding.competentDepartmentCode());
        return actor.has(Role.DEPARTMENT_OFFICER) && (unit || exchange);
    }
}

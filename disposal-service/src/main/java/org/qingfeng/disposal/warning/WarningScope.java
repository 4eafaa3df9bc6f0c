package org.qingfeng.disposal.warning;

import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Role;
import org.qingfeng.support.security.Scopes;
import org.springframework.stereotype.Component;

/**
 * Who sees a warning. A warning belongs to two nodes (README, "Access"): the unit it is issued to
 * ({@code unitCode}, a department or a unit of the network) and the township the item came from
 * ({@code townshipCode}). Work-station and township staff see it when either lies in their subtree;
 * a department's officer only when the unit is their department or lies below it, never because
 * of where the item came from.
 */
@Component
class WarningScope {

    private final Scopes scopes;

    WarningScope(Scopes scopes) {
        this.scopes = scopes;
    }

    boolean visible(Actor actor, Warning warning) {
        boolean unit = scopes.covers(actor, warning.unitCode());
        boolean staff = actor.hasAny(Role.WORK_STATION_STAFF, Role.TOWNSHIP_STAFF);
        boolean officer = actor.has(Role.DEPARTMENT_OFFICER);
        return (staff && (unit || scopes.covers(actor, warning.townshipCode()))) || (officer && unit);
    }
}

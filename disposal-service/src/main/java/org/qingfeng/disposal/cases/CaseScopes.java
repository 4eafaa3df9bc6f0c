package org.qingfeng.disposal.cases;

import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Scopes;

/**
 * The one rule of who sees a case, for every feature that shows one (the station's desk, the inbox,
 * files, notices, the bulletin); each adds which roles it serves.
 */
public final class CaseScopes {

    private CaseScopes() {}

    /** Staff of the work station or a township: the case's unit or its township lies in their subtree. */
    public static boolean staffSee(Scopes scopes, Actor actor, CaseView c) {
        return scopes.covers(actor, c.unitCode()) || scopes.covers(actor, c.townshipCode());
    }

    /**
     * A department's officer: the case's recipient or its unit is the department or lies below it,
     * never because of where the items came from.
     */
    public static boolean departmentSees(Scopes scopes, Actor actor, CaseView c) {
        return scopes.covers(actor, c.recipientCode()) || scopes.covers(actor, c.unitCode());
    }
}

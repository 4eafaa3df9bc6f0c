package org.qingfeng.gateway.console.informant;

import java.util.List;
import java.util.Objects;
import org.qingfeng.gateway.console.Named;
import org.qingfeng.gateway.console.NodeNames;
import org.qingfeng.gateway.console.Tokens;

/**
 * One row of the roster: the token shortened for the eye (the whole token only travels in a POST
 * body), the home node by name with its code, and the codes the template names in the page's
 * language.
 */
record InformantLine(
        String token,
        String shortToken,
        Named home,
        String type,
        List<String> backgrounds,
        List<String> roles,
        String status,
        String appointedOn,
        int training,
        String lastTrainingOn,
        boolean rotationDue,
        int contacts,
        String lastContactOn) {

    static InformantLine from(Roster.Listed listed, NodeNames names) {
        return new InformantLine(
                listed.informantToken(),
                Tokens.shorten(listed.informantToken()),
                names.name(listed.homeNodeCode()),
                Objects.toString(listed.type(), ""),
                listed.backgrounds(),
                listed.roles(),
                Objects.toString(listed.status(), ""),
                Objects.toString(listed.appointedOn(), ""),
                listed.training(),
                Objects.toString(listed.lastTrainingOn(), ""),
                listed.rotationDue(),
                listed.contacts(),
                Objects.toString(listed.lastContactOn(), ""));
    }
}

package org.qingfeng.gateway.console.users;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.qingfeng.gateway.console.NodeNames;

/** The accounts as the page lists them, by user name, or the fact that the sign-in service could not be read. */
record UsersView(boolean available, List<UserLine> lines) {

    UsersView {
        lines = List.copyOf(lines);
    }

    static UsersView of(UserDirectory directory, NodeNames names) {
        return new UsersView(
                true,
                directory.users().stream()
                        .sorted(Comparator.comparing(UserAccount::username))
                        .map(user -> new UserLine(user, names.name(user.node())))
                        .toList());
    }

    static UsersView unavailable() {
        return new UsersView(false, List.of());
    }

    Optional<UserAccount> account(String id) {
        return lines.stream()
                .map(UserLine::account)
                .filter(user -> user.id().equals(id))
                .findFirst();
    }
}

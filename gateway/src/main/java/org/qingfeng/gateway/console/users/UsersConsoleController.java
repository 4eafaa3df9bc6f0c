package org.qingfeng.gateway.console.users;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.qingfeng.gateway.Backend;
import org.qingfeng.gateway.console.Answer;
import org.qingfeng.gateway.console.Failures;
import org.qingfeng.gateway.console.FieldErrors;
import org.qingfeng.gateway.console.FormValues;
import org.qingfeng.gateway.console.NetworkNames;
import org.qingfeng.gateway.console.NetworkNode;
import org.qingfeng.gateway.console.NetworkNodes;
import org.qingfeng.gateway.console.NodeNames;
import org.qingfeng.gateway.console.Notice;
import org.qingfeng.gateway.console.Panel;
import org.qingfeng.gateway.console.Sent;
import org.qingfeng.gateway.console.ServiceReads;
import org.qingfeng.gateway.console.ServiceWrites;
import org.qingfeng.gateway.console.users.UserForms.NewPassword;
import org.qingfeng.gateway.console.users.UserForms.NewUser;
import org.qingfeng.gateway.console.users.UserForms.UserChange;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 用户: the authorization server's staff accounts, and the forms that create one, change one, unlock
 * one and set its password, sent to its admin API with the signed-in administrator's token (the
 * security configuration lets only NETWORK_ADMIN reach these routes; the server checks again). An
 * account's id travels in form bodies only, never in the console's URLs; a password is never
 * written back into a page, not even after a refusal, and an accepted one clears its form.
 */
@Controller
@RequestMapping("/console/users")
class UsersConsoleController {

    static final String CHANGED = "users-changed";
    static final String USERS = "/auth/api/users";

    private final ServiceReads reads;
    private final ServiceWrites writes;
    private final NetworkNames names;
    private final NetworkNodes nodes;

    UsersConsoleController(ServiceReads reads, ServiceWrites writes, NetworkNames names, NetworkNodes nodes) {
        this.reads = reads;
        this.writes = writes;
        this.names = names;
        this.nodes = nodes;
    }

    @GetMapping
    Mono<Rendering> page() {
        Mono<Panel<NetworkNode>> registry = nodes.current().cache();
        return Mono.zip(registry, directory(registry.flatMap(names::from)))
                .map(read -> withChoices(Rendering.view("users"), read.getT1())
                        .modelAttribute("page", "users")
                        .modelAttribute("users", read.getT2())
                        .modelAttribute("fields", sorted(UserForms.CREATE_FIELDS))
                        .build());
    }

    @GetMapping("/list")
    Mono<Rendering> list() {
        return directory(names.current()).map(users -> Rendering.view("fragments/users :: table")
                .modelAttribute("users", users)
                .build());
    }

    @PostMapping("/create")
    Mono<Rendering> create(ServerWebExchange exchange) {
        return exchange.getFormData().map(FormValues::of).flatMap(form -> {
            NewUser user = NewUser.from(form);
            return writes.send(Backend.AUTH, HttpMethod.POST, USERS, user, Created.class)
                    .map(answer -> Sent.of(answer, UserForms.CREATE_FIELDS, "users.create.done", user.username()))
                    .onErrorResume(unavailable())
                    .flatMap(sent -> nodes.current()
                            .map(read -> withChoices(sent(sent, "create", UserForms.CREATE_FIELDS, true), read)
                                    .build()));
        });
    }

    /** The panel for one account: the change form filled from the list, unlock and a new password. */
    @PostMapping("/edit")
    Mono<Rendering> edit(ServerWebExchange exchange) {
        return exchange.getFormData().map(FormValues::of).flatMap(form -> {
            String id = UserForms.id(form);
            Mono<Panel<NetworkNode>> registry = nodes.current().cache();
            return Mono.zip(registry, directory(registry.flatMap(names::from))).map(read -> withChoices(
                            Rendering.view("fragments/users :: manage"), read.getT1())
                    .modelAttribute("available", read.getT2().available())
                    .modelAttribute(
                            "user", Panel.of(read.getT2().account(id).stream().toList()))
                    .build());
        });
    }

    @PostMapping("/change")
    Mono<Rendering> change(ServerWebExchange exchange) {
        return send(
                exchange,
                "change",
                UserForms.CHANGE_FIELDS,
                false,
                (id, form) -> writes.send(
                        Backend.AUTH, HttpMethod.PUT, USERS + "/" + id, UserChange.from(form), Object.class));
    }

    @PostMapping("/unlock")
    Mono<Rendering> unlock(ServerWebExchange exchange) {
        return send(
                exchange,
                "unlock",
                Set.of(),
                false,
                (id, form) -> writes.send(
                        Backend.AUTH, HttpMethod.POST, USERS + "/" + id + "/unlock", Map.of(), Object.class));
    }

    @PostMapping("/password")
    Mono<Rendering> password(ServerWebExchange exchange) {
        return send(
                exchange,
                "password",
                UserForms.PASSWORD_FIELDS,
                true,
                (id, form) -> writes.send(
                        Backend.AUTH,
                        HttpMethod.POST,
                        USERS + "/" + id + "/password",
                        NewPassword.from(form),
                        Object.class));
    }

    private interface Call {
        Mono<Answer<Object>> to(String id, FormValues form);
    }

    /** One change to the account the form names; an id that is not one is never sent. */
    private Mono<Rendering> send(
            ServerWebExchange exchange, String name, Set<String> fields, boolean clearWhenAccepted, Call call) {
        return exchange.getFormData().map(FormValues::of).flatMap(form -> {
            String id = UserForms.id(form);
            Mono<Sent> sent = id.isEmpty()
                    ? Mono.just(new Sent(false, Notice.error("users.unknown", List.of()), FieldErrors.none()))
                    : call.to(id, form)
                            .map(answer -> Sent.of(answer, fields, "users." + name + ".done", null))
                            .onErrorResume(unavailable());
            return sent.map(outcome -> sent(outcome, name, fields, clearWhenAccepted)
                    .modelAttribute("userId", id)
                    .build());
        });
    }

    private static Rendering.Builder<?> sent(Sent sent, String form, Set<String> fields, boolean clearWhenAccepted) {
        Rendering.Builder<?> view = Rendering.view("fragments/users :: changed")
                .modelAttribute("changed", form)
                .modelAttribute("clear", clearWhenAccepted)
                .modelAttribute("sent", sent)
                .modelAttribute("fields", sorted(fields))
                .modelAttribute("roleNames", UserForms.ROLES);
        return sent.accepted() ? view.header("HX-Trigger", CHANGED) : view;
    }

    private static Rendering.Builder<?> withChoices(Rendering.Builder<?> view, Panel<NetworkNode> nodesRead) {
        return view.modelAttribute("nodes", nodesRead).modelAttribute("roleNames", UserForms.ROLES);
    }

    private Mono<UsersView> directory(Mono<NodeNames> known) {
        return reads.get(Backend.AUTH, USERS, body -> body.bodyToMono(UserDirectory.class))
                .zipWith(known)
                .map(read -> UsersView.of(read.getT1(), read.getT2()))
                .onErrorResume(Failures.instead(Backend.AUTH, UsersView::unavailable));
    }

    private static Function<Throwable, Mono<Sent>> unavailable() {
        return Failures.instead(Backend.AUTH, () -> Sent.unavailable(Backend.AUTH));
    }

    private static List<String> sorted(Set<String> fields) {
        return fields.stream().sorted().toList();
    }
}

package org.qingfeng.gateway.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Loads the OIDC user as usual, then takes the roles and the node from the id token's
 * {@code roles} and {@code node} claims or, when the provider puts them only into the access token
 * (as the services read them), from the access token, checked by the same decoder as the API's.
 */
final class StaffUserService implements ReactiveOAuth2UserService<OidcUserRequest, OidcUser> {

    private static final String NODE_CLAIM = "node";

    private final ReactiveOAuth2UserService<OidcUserRequest, OidcUser> delegate;
    private final ReactiveJwtDecoder accessTokens;

    StaffUserService(ReactiveOAuth2UserService<OidcUserRequest, OidcUser> delegate, ReactiveJwtDecoder accessTokens) {
        this.delegate = delegate;
        this.accessTokens = accessTokens;
    }

    @Override
    public Mono<OidcUser> loadUser(OidcUserRequest request) {
        return delegate.loadUser(request)
                .flatMap(user -> claimsWithRoles(user, request).map(claims -> staff(user, claims)));
    }

    private Mono<Map<String, Object>> claimsWithRoles(OidcUser user, OidcUserRequest request) {
        if (user.getIdToken().hasClaim(SecurityConfiguration.ROLES_CLAIM)) {
            return Mono.just(user.getIdToken().getClaims());
        }
        return accessTokens.decode(request.getAccessToken().getTokenValue()).map(Jwt::getClaims);
    }

    private static StaffUser staff(OidcUser user, Map<String, Object> claims) {
        List<String> roles = strings(claims.get(SecurityConfiguration.ROLES_CLAIM));
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        String nameAttribute = user.getIdToken().hasClaim(StandardClaimNames.PREFERRED_USERNAME)
                ? StandardClaimNames.PREFERRED_USERNAME
                : StandardClaimNames.SUB;
        return new StaffUser(authorities, user.getIdToken(), nameAttribute, roles, node(claims.get(NODE_CLAIM)));
    }

    private static List<String> strings(@Nullable Object claim) {
        if (claim instanceof List<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(String.valueOf(claim));
    }

    private static @Nullable String node(@Nullable Object claim) {
        return claim == null ? null : String.valueOf(claim);
    }
}

package org.qingfeng.gateway.console.informant;

import java.util.List;

/**
 * The codes intake takes for an informant, in the order the forms offer them. The page names each
 * from {@code messages*.properties} ({@code informant.background.LAWYER} 律师 / Lawyer).
 */
final class Vocabulary {

    static final List<String> TYPES = List.of("REGULAR", "SPECIAL_INVITED");
    static final List<String> BACKGROUNDS = List.of(
            "DEPUTY",
            "CPPCC_MEMBER",
            "NON_PARTY",
            "RETIRED_CADRE",
            "LAWYER",
            "TEACHER",
            "DOCTOR",
            "BUSINESS_OWNER",
            "VILLAGER",
            "OTHER");
    static final List<String> ROLES = List.of(
            "INTEGRITY",
            "STABILITY",
            "PETITION",
            "MEDIATION",
            "CONDUCT_SUPERVISOR",
            "VILLAGE_AFFAIRS_SUPERVISOR",
            "GRID_MEMBER");
    static final List<String> STATUSES = List.of("ACTIVE", "SUSPENDED", "DISMISSED");
    static final List<String> TRAINING_LEVELS = List.of("COUNTY", "TOWNSHIP", "VILLAGE_ROTATION");
    static final List<String> CONTACT_WAYS = List.of("MEETING", "CONTACT_CARD", "VISIT", "BULLETIN", "PHONE");

    /** Every informant holds the integrity role; the form ticks it for a new one. */
    static final String ALWAYS_HELD_ROLE = "INTEGRITY";

    /** Kinds of node an informant can belong to, and kinds that can appoint one. */
    static final List<String> HOME_KINDS = List.of("TOWNSHIP", "CITY_UNIT", "VILLAGE", "GROUP", "MONITORING_POINT");

    static final List<String> APPOINTER_KINDS = List.of("WORK_STATION", "TOWNSHIP");

    /** Kinds of node whose roster the page lists: the branches above informants' homes, and the points. */
    static final List<String> BRANCH_KINDS =
            List.of("COUNTY", "WORK_STATION", "TOWNSHIP", "CITY_UNIT", "VILLAGE", "MONITORING_POINT");

    private Vocabulary() {}
}

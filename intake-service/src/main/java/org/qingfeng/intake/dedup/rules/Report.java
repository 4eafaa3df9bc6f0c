package org.qingfeng.intake.dedup.rules;

import java.time.Instant;
import java.util.UUID;

/**
 * A report as the detector compares it: where, about whom, when, and its bigram shingles.
 *
 * @param incident the first report of the incident this one belongs to: itself unless it was found to
 *     be the same incident as an earlier one
 */
public record Report(
        UUID itemId,
        String regionCode,
        String townshipCode,
        String unitCode,
        Instant at,
        UUID incident,
        Shingles shingles) {

    /** A report not (yet) found to repeat another: its own incident. */
    public static Report first(
            UUID itemId, String regionCode, String townshipCode, String unitCode, Instant at, Shingles shingles) {
        return new Report(itemId, regionCode, townshipCode, unitCode, at, itemId, shingles);
    }

    public Report within(UUID incident) {
        return new Report(itemId, regionCode, townshipCode, unitCode, at, incident, shingles);
    }

    /**
     * The same place: the same region, or one report placed at the township the other's village lies
     * in (a villager reports at the village, the township's staff at the township).
     */
    boolean samePlaceAs(Report other) {
        return regionCode.equals(other.regionCode)
                || regionCode.equals(other.townshipCode)
                || townshipCode.equals(other.regionCode);
    }
}

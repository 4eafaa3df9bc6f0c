package org.qingfeng.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qingfeng.contracts.intake.InformantRecorded;
import org.qingfeng.contracts.intake.InformantRecorded.Background;
import org.qingfeng.contracts.intake.InformantRecorded.Role;
import org.qingfeng.contracts.intake.InformantStatus;
import org.qingfeng.contracts.intake.InformantType;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.contracts.intake.SealedBox;
import org.qingfeng.intake.informant.rules.AppointmentDraft;
import org.qingfeng.intake.informant.rules.AppointmentRules;
import org.qingfeng.intake.informant.rules.InformantChanges;
import org.qingfeng.intake.network.rules.NetworkNode;
import org.qingfeng.intake.network.rules.NetworkView;

/**
 * Informants of {@link NetworkFixtures#anyNetwork()}, grown by a work station and a second township
 * with a village of its own, so appointments can go right and wrong at each level.
 */
public final class InformantFixtures {

    public static final String WORK_STATION = "330281-WS";
    public static final String OTHER_TOWNSHIP = "330281-102";
    public static final String OTHER_VILLAGE = "330281-102-001";

    /** 18 characters with a valid GB 11643 check character (computed by hand: 1987-05-12, sequence 031). */
    public static final String VALID_ID_NUMBER = "330281198705120312";

    private static int serial;

    private InformantFixtures() {}

    public static List<NetworkNode> network() {
        List<NetworkNode> nodes = new ArrayList<>(NetworkFixtures.anyNetwork());
        nodes.add(
                new NetworkNode(WORK_STATION, NodeKind.WORK_STATION, "县纪委预警信息工作站", NetworkFixtures.COUNTY, null, true));
        nodes.add(new NetworkNode(OTHER_TOWNSHIP, NodeKind.TOWNSHIP, "溪口镇", NetworkFixtures.COUNTY, null, true));
        nodes.add(new NetworkNode(OTHER_VILLAGE, NodeKind.VILLAGE, "溪口村", OTHER_TOWNSHIP, null, true));
        return nodes;
    }

    public static NetworkView networkView() {
        return NetworkView.of(network());
    }

    /** A regular village informant appointed by their township, with a number no other call returns. */
    public static AppointmentDraft anyVillageInformant() {
        return anyInformant(NetworkFixtures.VILLAGE, NetworkFixtures.TOWNSHIP);
    }

    public static AppointmentDraft anyTownshipInformant() {
        return anyInformant(NetworkFixtures.TOWNSHIP, WORK_STATION);
    }

    public static AppointmentDraft anyInformant(String home, String appointedBy) {
        int n = next();
        return new AppointmentDraft(
                "T-" + System.nanoTime() + "-" + n,
                "王" + given(n),
                "1390000" + String.format("%04d", n % 10_000),
                null,
                null,
                home,
                appointedBy,
                InformantType.REGULAR,
                List.of(),
                List.of(Role.PETITION),
                LocalDate.of(2025, 3, 1));
    }

    public static AppointmentDraft anySpecialInvited(Background background) {
        AppointmentDraft d = anyVillageInformant();
        return new AppointmentDraft(
                d.number(),
                d.name(),
                d.phone(),
                d.email(),
                d.idNumber(),
                d.homeNodeCode(),
                d.appointedByCode(),
                InformantType.SPECIAL_INVITED,
                List.of(background),
                d.roles(),
                d.appointedOn());
    }

    public static AppointmentDraft with(AppointmentDraft d, String phone, String email, String idNumber) {
        return new AppointmentDraft(
                d.number(),
                d.name(),
                phone,
                email,
                idNumber,
                d.homeNodeCode(),
                d.appointedByCode(),
                d.type(),
                d.backgrounds(),
                d.roles(),
                d.appointedOn());
    }

    public static AppointmentDraft at(AppointmentDraft d, String home, String appointedBy) {
        return new AppointmentDraft(
                d.number(),
                d.name(),
                d.phone(),
                d.email(),
                d.idNumber(),
                home,
                appointedBy,
                d.type(),
                d.backgrounds(),
                d.roles(),
                d.appointedOn());
    }

    /** A village informant's record as the roster holds it, with made-up sealed boxes. */
    /** A submission body of the informant with {@code token}, at the village of the fixture network. */
    public static Map<String, Object> anySubmissionAs(String token) {
        return Map.of(
                "regionCode",
                NetworkFixtures.VILLAGE,
                "unitCode",
                NetworkFixtures.DEPARTMENT,
                "subjectArea",
                "work-style",
                "description",
                SubmissionFixtures.DESCRIPTION,
                "submitterKind",
                "INFORMANT",
                "informantToken",
                token);
    }

    public static InformantRecorded anyRecord(String token, InformantStatus status) {
        SealedBox box = new SealedBox("test", "wrapped", "nonce", "cipher");
        InformantRecorded appointed = InformantChanges.appointed(
                token,
                AppointmentRules.check(anyVillageInformant(), networkView(), LocalDate.of(2026, 1, 1)),
                new InformantChanges.Sealed(box, "phone-" + token, "name-" + token),
                Instant.parse("2026-01-02T00:00:00Z"));
        return status == InformantStatus.ACTIVE
                ? appointed
                : InformantChanges.statusChanged(appointed, status, box, Instant.parse("2026-01-03T00:00:00Z"));
    }

    /** Two given-name characters from a list that no fixture node name uses. */
    public static String given(int n) {
        String chars = "伟芳娜敏静丽强磊洋艳勇杰娟涛明超秀霞平刚桂英";
        return "" + chars.charAt(n % chars.length()) + chars.charAt((n / chars.length()) % chars.length());
    }

    private static synchronized int next() {
        return ++serial;
    }
}

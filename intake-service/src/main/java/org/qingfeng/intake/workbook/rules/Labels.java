package org.qingfeng.intake.workbook.rules;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.qingfeng.contracts.intake.InformantRecorded.Background;
import org.qingfeng.contracts.intake.InformantRecorded.Role;
import org.qingfeng.contracts.intake.InformantStatus;
import org.qingfeng.contracts.intake.InformantType;
import org.qingfeng.contracts.intake.MonitoringHost;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.contracts.intake.RiskCategory;
import org.qingfeng.contracts.intake.SubmitterKind;
import org.qingfeng.contracts.intake.Urgency;

/**
 * The Chinese words of the workbook for each code. The first word of each is what export and the
 * template write; the others are what people also type. The English code is accepted too.
 */
public final class Labels<E extends Enum<E>> {

    public static final Labels<NodeKind> KINDS = new Labels<>(NodeKind.class)
            .put(NodeKind.COUNTY, "县（市）", "县", "市", "县级市")
            .put(NodeKind.WORK_STATION, "工作站", "预警信息工作站")
            .put(NodeKind.TOWNSHIP, "乡镇（街道）", "乡镇", "乡", "镇", "街道")
            .put(NodeKind.CITY_UNIT, "市直单位", "县直单位")
            .put(NodeKind.VILLAGE, "村（社区）", "村", "社区")
            .put(NodeKind.GROUP, "村民小组", "小组", "网格")
            .put(NodeKind.MONITORING_POINT, "监测点", "预警信息监测点")
            .put(NodeKind.DEPARTMENT, "部门", "被示警单位", "业务主管部门");

    public static final Labels<MonitoringHost> HOSTS = new Labels<>(MonitoringHost.class)
            .put(MonitoringHost.DEPARTMENT, "机关部门")
            .put(MonitoringHost.HOSPITAL, "医院")
            .put(MonitoringHost.SCHOOL, "学校")
            .put(MonitoringHost.INDUSTRIAL_PARK, "工业园区")
            .put(MonitoringHost.KEY_AREA, "重点区域");

    public static final Labels<InformantType> TYPES = new Labels<>(InformantType.class)
            .put(InformantType.REGULAR, "普通", "普通信息员")
            .put(InformantType.SPECIAL_INVITED, "特邀", "特邀信息员");

    public static final Labels<Background> BACKGROUNDS = new Labels<>(Background.class)
            .put(Background.DEPUTY, "人大代表")
            .put(Background.CPPCC_MEMBER, "政协委员")
            .put(Background.NON_PARTY, "党外人士", "民主党派人士", "无党派人士")
            .put(Background.RETIRED_CADRE, "离退休干部", "退休干部")
            .put(Background.LAWYER, "律师")
            .put(Background.TEACHER, "教师")
            .put(Background.DOCTOR, "医生")
            .put(Background.BUSINESS_OWNER, "企业主", "企业负责人")
            .put(Background.VILLAGER, "村民代表")
            .put(Background.OTHER, "其他");

    public static final Labels<Role> ROLES = new Labels<>(Role.class)
            .put(Role.INTEGRITY, "廉政预警信息员", "廉政信息员")
            .put(Role.STABILITY, "维稳信息员")
            .put(Role.PETITION, "信访信息员")
            .put(Role.MEDIATION, "人民调解员")
            .put(Role.CONDUCT_SUPERVISOR, "行风监督员")
            .put(Role.VILLAGE_AFFAIRS_SUPERVISOR, "村务监督员")
            .put(Role.GRID_MEMBER, "网格员");

    public static final Labels<InformantStatus> STATUSES = new Labels<>(InformantStatus.class)
            .put(InformantStatus.ACTIVE, "在任")
            .put(InformantStatus.SUSPENDED, "暂停")
            .put(InformantStatus.DISMISSED, "解聘");

    public static final Labels<Urgency> URGENCIES =
            new Labels<>(Urgency.class).put(Urgency.ROUTINE, "一般", "常规", "普通").put(Urgency.IMMEDIATE, "紧急", "立即", "急");

    public static final Labels<RiskCategory> RISKS = new Labels<>(RiskCategory.class)
            .put(RiskCategory.IDEOLOGY_AND_MORALS, "思想道德")
            .put(RiskCategory.POST_DUTIES, "岗位职责")
            .put(RiskCategory.BUSINESS_PROCESS, "业务流程")
            .put(RiskCategory.INSTITUTIONS_AND_MECHANISMS, "制度机制")
            .put(RiskCategory.EXTERNAL_ENVIRONMENT, "外部环境");

    /** Who reported an item of a monthly batch: the kinds a township's staff may record. */
    public static final Labels<SubmitterKind> SUBMITTERS = new Labels<>(SubmitterKind.class)
            .put(SubmitterKind.STAFF_ON_BEHALF, "代报", "代为报送", "工作人员代报")
            .put(SubmitterKind.ANONYMOUS, "匿名", "匿名反映")
            .put(SubmitterKind.INFORMANT, "信息员", "信息员报送");

    private final Map<E, String> written = new LinkedHashMap<>();
    private final Map<String, E> read = new LinkedHashMap<>();

    private Labels(Class<E> type) {
        // The type only pins E for the reader.
    }

    private Labels<E> put(E value, String label, String... others) {
        written.put(value, label);
        read.put(label, value);
        for (String other : others) {
            read.put(other, value);
        }
        read.put(value.name(), value);
        return this;
    }

    /** The word written for {@code value}. */
    public String label(E value) {
        return written.get(value);
    }

    /** The value a cell names, whether by a word or by the code. */
    public Optional<E> parse(String text) {
        String folded = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC);
        E value = read.get(folded);
        if (value == null) {
            value = read.get(text.strip());
        }
        if (value == null) {
            value = read.get(folded.toUpperCase(Locale.ROOT));
        }
        return Optional.ofNullable(value);
    }

    /** The words written, in order, for a drop-down list and the instructions. */
    public List<String> labels() {
        return List.copyOf(written.values());
    }
}

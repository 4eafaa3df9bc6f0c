package org.qingfeng.intake.workbook.rules;

import java.util.ArrayList;
import java.util.List;
import org.qingfeng.intake.submission.rules.SubjectArea;

/** The 说明 sheet of the monthly batch template: how to fill it in, in the words staff use. */
public final class ItemInstructions {

    private ItemInstructions() {}

    public static List<String> lines(List<SubjectArea> catalogue, int maxRows) {
        List<String> lines = new ArrayList<>();
        lines.add("清风预警网 乡镇月度预警信息批量报送模板");
        lines.add("");
        lines.add("一、导入规则");
        lines.add("1. 整个文件全部通过校验才会导入；任何一行有误，全部不导入，并逐格列出错误（如“预警信息 第7行 所属区域代码”）。");
        lines.add("2. 同一文件重复导入不会产生新的预警信息：已导入的行仍对应原来的事项。修改后的文件视为新文件。");
        lines.add("3. 每个文件不超过 " + maxRows + " 行；第一行为列名，请勿修改列名。代码请按文本填写。");
        lines.add("4. 所属区域须在您管理的范围内（见“" + ItemRows.CODES + "”工作表）。");
        lines.add("");
        lines.add("二、各列");
        lines.add("所属区域代码：事项发生的村（社区）、乡镇、市直单位或监测点的代码。");
        lines.add("涉及单位代码：事项涉及的部门或市直单位的代码。");
        lines.add("领域可填："
                + String.join("、", catalogue.stream().map(SubjectArea::zh).toList()) + "。");
        lines.add("风险类别可填：" + String.join("、", Labels.RISKS.labels()) + "，可不填。");
        lines.add("紧急程度可填：" + String.join("、", Labels.URGENCIES.labels()) + "，空白为“一般”。");
        lines.add("报送人类型可填：" + String.join("、", Labels.SUBMITTERS.labels())
                + "，空白为“代报”；填“信息员”时须填写信息员令牌（inf- 开头），其他情况不填令牌。");
        lines.add("事项描述：10 到 4000 字。发生日期如 2026-11-03，可不填。");
        lines.add("涉及岗位或人员、反映人联系方式：可不填；填写的内容导入后加密保存，不会出现在任何导出或其他服务中。");
        lines.add("本表不填写任何信息员的姓名、手机号或身份证号；信息员只以令牌出现。");
        return lines;
    }
}

package org.qingfeng.intake.workbook.rules;

import java.util.ArrayList;
import java.util.List;

/** The 说明 sheet of the template: how to fill it in, in the words staff use. */
public final class Instructions {

    private Instructions() {}

    public static List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("清风预警网 网络节点与信息员导入模板");
        lines.add("");
        lines.add("一、导入规则");
        lines.add("1. 整个文件全部通过校验才会导入；任何一行有误，全部不导入，并逐行列出错误（如“信息员 第12行 手机”）。");
        lines.add("2. 同一文件可重复导入：已有的节点和信息员按代码、编号更新，未变化的不重复发布。");
        lines.add("3. 文件不超过 10 MB，每张表不超过 20000 行；第一行为列名，请勿修改列名。");
        lines.add("4. 代码、手机、身份证号等请按文本填写，避免 Excel 把数字改成科学计数法。");
        lines.add("");
        lines.add("二、网络节点");
        lines.add("类型可填：" + String.join("、", Labels.KINDS.labels()) + "。");
        lines.add("上级：工作站设在县（市）下；乡镇、市直单位设在县（市）或工作站下；村（社区）设在乡镇下；村民小组设在村下；"
                + "监测点设在乡镇、市直单位、部门、县（市）或工作站下；部门设在县（市）、工作站、乡镇或市直单位下。");
        lines.add("主管部门代码：只有部门和市直单位填写。监测点类别只有监测点填写，可填：" + String.join("、", Labels.HOSTS.labels()) + "。");
        lines.add("联系岗位：只写岗位（如 主要负责人、纪检联络员），用“、”或“，”分隔，不得写人名或电话。");
        lines.add("名称、说明、联系岗位会公开给各服务，不得包含任何个人信息（姓名、手机号、电话、身份证号、电子邮箱）。");
        lines.add("在用：是/否，空白为“是”；下级还有在用节点时不能停用。");
        lines.add("");
        lines.add("三、信息员");
        lines.add("聘任层级：工作站聘任乡镇、市直单位和监测点的信息员；乡镇聘任本乡镇所辖村（社区）、村民小组的信息员。");
        lines.add("类型：普通 或 特邀；特邀信息员须填写特邀身份，可填：" + String.join("、", Labels.BACKGROUNDS.labels()) + "。");
        lines.add("兼任角色（多员合一）可填：" + String.join("、", Labels.ROLES.labels()) + "；廉政预警信息员一律自动包含。");
        lines.add("手机为 11 位大陆手机号；身份证号可不填，填写须为 18 位且校验位正确；聘任日期如 2025-03-01。");
        lines.add("状态：在任、暂停、解聘，空白为“在任”。");
        lines.add("姓名、手机、电子邮箱、身份证号导入后加密保存，任何导出和其他服务都看不到，只以信息员令牌出现。");
        return lines;
    }
}

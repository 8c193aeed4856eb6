package vn.chidao.contracts.report;

import java.math.BigDecimal;

/**
 * A figure a report carries ("Số mô hình Dân vận khéo", "Tỷ lệ tổ chức cơ sở đảng phân công cấp ủy
 * viên phụ trách công tác dân vận").
 *
 * @param code stable within the requirement
 * @param unitOfMeasure e.g. "mô hình", "triệu đồng", "%"
 * @param type {@code COUNT} (non-negative whole number), {@code MONEY} (non-negative, VND or
 *     millions as the unit says), {@code PERCENT} (0–100) or {@code YES_NO}
 * @param aggregation how values roll up the tree: {@code SUM}, {@code AVERAGE} or {@code
 *     SHARE_MEETING_TARGET} (the share of reporting units whose value meets the target)
 * @param targetOperator {@code GTE}, {@code LTE} or {@code EQ}; null when there is no target
 * @param targetValue e.g. 100 (%), 80; for {@code YES_NO} 1 means yes
 */
public record ReportIndicator(
    String code,
    String name,
    String unitOfMeasure,
    String type,
    String aggregation,
    String targetOperator,
    BigDecimal targetValue) {}

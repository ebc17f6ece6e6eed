-- Catalogue version 1: nine dimensions, 135 indicators (V3_1 to V3_3 add the indicators).
-- Structure after CATL's CREDIT programme (135 indicators), weighted towards what drives a battery chain's risk:
-- climate (most of the footprint is upstream, Scope 3), labour and responsible minerals (cobalt, lithium, nickel,
-- graphite and 3TG due diligence under the EU Battery Regulation and the OECD guidance).

INSERT INTO catalogue_version (id, version_no, label, status, note, created_by, published_at)
VALUES (1, 1, 'Supplier ESG catalogue 2026', 'PUBLISHED',
        'First version: 135 indicators in 9 dimensions. Sources are named on every indicator.', 'system', now());

INSERT INTO dimension (id, catalogue_version_id, code, position, name_en, name_zh, weight_percent, max_not_applicable) VALUES
    (1, 1, 'MGT', 1, 'Management systems', '管理体系', 8.00, 3),
    (2, 1, 'CLI', 2, 'Climate and carbon', '气候与碳', 20.00, 4),
    (3, 1, 'ENV', 3, 'Energy, water, pollution and chemicals', '能源、水、污染与化学品', 10.00, 4),
    (4, 1, 'CIR', 4, 'Resources and circularity', '资源与循环', 7.00, 3),
    (5, 1, 'LAB', 5, 'Labour and human rights', '劳工与人权', 15.00, 3),
    (6, 1, 'HSE', 6, 'Health and safety', '职业健康与安全', 10.00, 2),
    (7, 1, 'ETH', 7, 'Business ethics and compliance', '商业道德与合规', 10.00, 2),
    (8, 1, 'MIN', 8, 'Responsible minerals sourcing', '负责任矿产采购', 15.00, 6),
    (9, 1, 'DAT', 9, 'Data transparency and traceability', '数据透明与可追溯', 5.00, 2);

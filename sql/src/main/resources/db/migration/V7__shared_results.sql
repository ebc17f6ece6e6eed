-- Shared results (共享评估结果): third-party assessments and certificates a supplier already holds (an EcoVadis
-- scorecard, an RBA VAP audit, a SMETA audit, ISO 14001/45001/50001 certificates). They cut audit fatigue: a
-- configurable set of coverage rules proposes which indicators a result answers; a reviewer accepts or declines each
-- proposal; an accepted proposal answers the indicator (accepted, with the result's report linked as evidence), and the
-- answer names its source and lapses when the result does.

CREATE SEQUENCE shared_result_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE coverage_proposal_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE coverage_rule_seq START WITH 1000 INCREMENT BY 50;

-- The schemes whose results we take. default_validity_months applies when a result states no end date; a scheme with
-- a score range requires a score within it.
CREATE TABLE shared_result_scheme (
    code                     VARCHAR(12)   PRIMARY KEY CHECK (code ~ '^[A-Z0-9_]+$'),
    position                 INTEGER       NOT NULL UNIQUE,
    name_en                  VARCHAR(120)  NOT NULL,
    name_zh                  VARCHAR(120)  NOT NULL,
    result_en                VARCHAR(200)  NOT NULL,
    result_zh                VARCHAR(200)  NOT NULL,
    default_validity_months  INTEGER       NOT NULL CHECK (default_validity_months > 0),
    score_min                NUMERIC(6, 2),
    score_max                NUMERIC(6, 2),
    reference                TEXT          NOT NULL,
    CHECK ((score_min IS NULL) = (score_max IS NULL) AND (score_min IS NULL OR score_min < score_max))
);

INSERT INTO shared_result_scheme VALUES
    ('ECOVADIS', 1, 'EcoVadis sustainability rating (scorecard)', 'EcoVadis 可持续发展评级（评分卡）',
     'Overall score 0-100 and medal, as on the scorecard', '评分卡上的总分（0-100）及奖章', 12, 0, 100,
     'EcoVadis Ratings Methodology Overview and Principles (2024): 21 criteria in four themes (Environment, Labour & Human '
     || 'Rights, Ethics, Sustainable Procurement); overall score 0-100; a scorecard is valid for 12 months from publication.'),
    ('RBA_VAP', 2, 'RBA Validated Assessment Program audit', 'RBA 验证审核（VAP）',
     'VAP score 0-200 and open Priority/Major findings, as in the audit report', 'VAP 得分（0-200）及审核报告中未关闭的优先/主要不符合项', 24, 0, 200,
     'RBA Validated Assessment Program Operations Manual and Factory Recognition (Platinum 200, Gold >= 180, Silver >= 160 '
     || 'with no open Priority findings); audits against the RBA Code of Conduct 8.0 (2024).'),
    ('SMETA', 3, 'SMETA audit (Sedex Members Ethical Trade Audit, 4-pillar)', 'SMETA 审核（Sedex 会员道德贸易审核，四支柱）',
     'Non-compliances by ETI Base Code clause, as in the audit report', '审核报告中按ETI基本守则条款列出的不符合项', 12, NULL, NULL,
     'SMETA Best Practice Guidance 7.0 (Sedex, 2023): labour standards (ETI Base Code), health and safety, environment and '
     || 'business ethics. Sedex sets no expiry; buyers commonly accept an audit for 12 months.'),
    ('ISO_14001', 4, 'ISO 14001 certificate (environmental management)', 'ISO 14001 认证证书（环境管理体系）',
     'Certified, with certificate number, scope and expiry date', '已认证（含证书编号、认证范围及有效期）', 36, NULL, NULL,
     'ISO 14001:2015; certification per ISO/IEC 17021-1:2015, three-year cycle with annual surveillance audits.'),
    ('ISO_45001', 5, 'ISO 45001 certificate (occupational health and safety)', 'ISO 45001 认证证书（职业健康安全管理体系）',
     'Certified, with certificate number, scope and expiry date', '已认证（含证书编号、认证范围及有效期）', 36, NULL, NULL,
     'ISO 45001:2018; certification per ISO/IEC 17021-1:2015 and ISO/IEC TS 17021-10, three-year cycle.'),
    ('ISO_50001', 6, 'ISO 50001 certificate (energy management)', 'ISO 50001 认证证书（能源管理体系）',
     'Certified, with certificate number, scope and expiry date', '已认证（含证书编号、认证范围及有效期）', 36, NULL, NULL,
     'ISO 50001:2018; certification per ISO 50003:2021, which requires the certification body to verify a demonstrated '
     || 'improvement in energy performance.');

-- Which indicator a result of a scheme answers, and how. proposed_answer is YES (for a yes/no indicator) or LEVEL_n
-- (a maturity level). min_score applies to scored schemes. also_requires lists other schemes (comma-separated) of which
-- the supplier must hold a current result too; the answer then lapses with the first of them to expire.
-- Rules are proposals only: a reviewer accepts each one against the report. Admins add and remove rules; every change
-- is in the audit trail. The seed rules below are deliberately conservative.
CREATE TABLE coverage_rule (
    id               BIGINT PRIMARY KEY,
    scheme           VARCHAR(12)   NOT NULL REFERENCES shared_result_scheme (code),
    indicator_code   VARCHAR(6)    NOT NULL CHECK (indicator_code ~ '^[A-Z]{3}-[0-9]{2}$'),
    proposed_answer  VARCHAR(7)    NOT NULL CHECK (proposed_answer ~ '^(YES|LEVEL_[1-4])$'),
    min_score        NUMERIC(6, 2),
    also_requires    VARCHAR(60)   CHECK (also_requires ~ '^[A-Z0-9_]+(,[A-Z0-9_]+)*$'),
    rationale_en     TEXT          NOT NULL CHECK (length(trim(rationale_en)) > 0),
    rationale_zh     TEXT          NOT NULL CHECK (length(trim(rationale_zh)) > 0),
    created_by       VARCHAR(60)   NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    UNIQUE NULLS NOT DISTINCT (scheme, indicator_code, proposed_answer, min_score, also_requires)
);

INSERT INTO coverage_rule (id, scheme, indicator_code, proposed_answer, min_score, also_requires, rationale_en, rationale_zh, created_by) VALUES
    (1, 'ISO_14001', 'MGT-01', 'LEVEL_2', NULL, NULL,
     'MGT-01 level 2: ISO 14001 or ISO 45001 is certified. Check that the certificate names the supplying site.',
     'MGT-01 第2级：已获ISO 14001或ISO 45001认证。请核对证书是否列明供货工厂。', 'system'),
    (2, 'ISO_14001', 'MGT-01', 'LEVEL_3', NULL, 'ISO_45001',
     'MGT-01 level 3: ISO 14001 and ISO 45001 are both certified and in force at the site.',
     'MGT-01 第3级：工厂同时持有有效的ISO 14001和ISO 45001认证。', 'system'),
    (3, 'ISO_45001', 'MGT-01', 'LEVEL_2', NULL, NULL,
     'MGT-01 level 2: ISO 14001 or ISO 45001 is certified. Check that the certificate names the supplying site.',
     'MGT-01 第2级：已获ISO 14001或ISO 45001认证。请核对证书是否列明供货工厂。', 'system'),
    (4, 'ISO_45001', 'MGT-01', 'LEVEL_3', NULL, 'ISO_14001',
     'MGT-01 level 3: ISO 14001 and ISO 45001 are both certified and in force at the site.',
     'MGT-01 第3级：工厂同时持有有效的ISO 14001和ISO 45001认证。', 'system'),
    (5, 'ISO_45001', 'HSE-01', 'YES', NULL, NULL,
     'HSE-01 asks for exactly this certificate. Check the accreditation (IAF member, e.g. CNAS) and that the scope covers the supplied products.',
     'HSE-01 所要求的正是该证书。请核对认可机构（IAF成员，如CNAS）以及认证范围是否覆盖所供产品。', 'system'),
    (6, 'ISO_45001', 'HSE-02', 'LEVEL_2', NULL, NULL,
     'ISO 45001 clauses 5.4, 6.1.2 and 8.1.2 require hazard identification with worker participation, risk assessment and the hierarchy of controls (HSE-02 level 2).',
     'ISO 45001 第5.4、6.1.2和8.1.2条要求在员工参与下识别危险源、评估风险并按控制层级选择措施（HSE-02 第2级）。', 'system'),
    (7, 'ISO_50001', 'ENV-01', 'LEVEL_4', NULL, NULL,
     'ENV-01 level 4: ISO 50001 is certified; ISO 50003:2021 makes certification depend on a verified improvement in energy performance.',
     'ENV-01 第4级：已获ISO 50001认证；按ISO 50003:2021，认证以经验证的能源绩效改进为前提。', 'system'),
    (8, 'ISO_50001', 'MGT-01', 'LEVEL_4', NULL, 'ISO_14001,ISO_45001',
     'MGT-01 level 4: ISO 14001, ISO 45001 and ISO 50001 are certified. Confirm from the surveillance reports that no major nonconformity was found.',
     'MGT-01 第4级：ISO 14001、ISO 45001和ISO 50001均已认证。请根据监督审核报告确认无严重不符合项。', 'system'),
    (9, 'ECOVADIS', 'MGT-03', 'LEVEL_2', 45, NULL,
     'An EcoVadis overall score of 45 or more ("good") requires formal policies across the four themes (MGT-03 level 2). Check that the policy is signed by top management.',
     'EcoVadis总分45分及以上（“良好”）要求四个主题均有正式方针（MGT-03 第2级）。请核对方针是否由最高管理层签署。', 'system'),
    (10, 'ECOVADIS', 'MGT-03', 'LEVEL_3', 65, NULL,
     'An EcoVadis overall score of 65 or more ("advanced") requires accountable executives and regular reporting on ESG (MGT-03 level 3).',
     'EcoVadis总分65分及以上（“先进”）要求有明确负责的高管并定期报告ESG绩效（MGT-03 第3级）。', 'system'),
    (11, 'RBA_VAP', 'LAB-01', 'YES', 160, NULL,
     'RBA Code A2 (young workers): a VAP score of 160 or more with no open Priority finding. Check the report for open findings on A2.',
     'RBA准则A2（青年员工）：VAP得分160及以上且无未关闭的优先不符合项。请核对报告中A2条款是否有未关闭问题。', 'system'),
    (12, 'RBA_VAP', 'LAB-02', 'YES', 160, NULL,
     'RBA Code A1 (freely chosen employment); forced labour is a Priority finding in the VAP. Check that none is open.',
     'RBA准则A1（自由择业）；强迫劳动在VAP中属优先不符合项。请确认无未关闭项。', 'system'),
    (13, 'RBA_VAP', 'LAB-03', 'YES', 160, NULL,
     'RBA Code A1 forbids holding workers'' identity documents. Check the report for findings on A1.',
     'RBA准则A1禁止扣押员工身份证件。请核对报告中A1条款的不符合项。', 'system'),
    (14, 'RBA_VAP', 'LAB-04', 'YES', 160, NULL,
     'RBA Code A1 forbids recruitment fees charged to workers. Check the report for findings on A1.',
     'RBA准则A1禁止向员工收取招聘费用。请核对报告中A1条款的不符合项。', 'system'),
    (15, 'RBA_VAP', 'LAB-06', 'YES', 160, NULL,
     'RBA Code A4 (wages and benefits). Check the report for findings on A4.',
     'RBA准则A4（工资福利）。请核对报告中A4条款的不符合项。', 'system'),
    (16, 'RBA_VAP', 'LAB-07', 'YES', 160, NULL,
     'RBA Code A3 and A4 (working hours, overtime pay). Check the report for findings on A3 and A4.',
     'RBA准则A3和A4（工作时间、加班工资）。请核对报告中A3和A4条款的不符合项。', 'system'),
    (17, 'RBA_VAP', 'HSE-04', 'YES', 160, NULL,
     'RBA Code B3 (emergency preparedness); locked exits are a Priority finding. Check the report for findings on B3.',
     'RBA准则B3（应急准备）；紧急出口上锁属优先不符合项。请核对报告中B3条款的不符合项。', 'system'),
    (18, 'RBA_VAP', 'ETH-03', 'YES', 160, NULL,
     'The VAP treats falsified records as a Priority finding. Check that none was raised.',
     'VAP将记录造假列为优先不符合项。请确认未发现此类问题。', 'system'),
    (19, 'SMETA', 'LAB-01', 'YES', NULL, NULL,
     'ETI Base Code 4 (child labour). Accept only if the SMETA report shows no non-compliance on clause 4.',
     'ETI基本守则第4条（童工）。仅当SMETA报告在第4条无不符合项时接受。', 'system'),
    (20, 'SMETA', 'LAB-02', 'YES', NULL, NULL,
     'ETI Base Code 1 (employment freely chosen). Accept only if the report shows no non-compliance on clause 1.',
     'ETI基本守则第1条（自由择业）。仅当报告在第1条无不符合项时接受。', 'system'),
    (21, 'SMETA', 'LAB-06', 'YES', NULL, NULL,
     'ETI Base Code 5 (wages). Accept only if the report shows no non-compliance on clause 5.',
     'ETI基本守则第5条（工资）。仅当报告在第5条无不符合项时接受。', 'system'),
    (22, 'SMETA', 'LAB-07', 'YES', NULL, NULL,
     'ETI Base Code 6 (working hours). Accept only if the report shows no non-compliance on clause 6.',
     'ETI基本守则第6条（工作时间）。仅当报告在第6条无不符合项时接受。', 'system'),
    (23, 'SMETA', 'HSE-04', 'YES', NULL, NULL,
     'ETI Base Code 3 (safe and hygienic conditions) includes emergency exits and fire safety. Accept only if the report shows no non-compliance on clause 3.',
     'ETI基本守则第3条（安全卫生的工作条件）包括紧急出口和消防安全。仅当报告在第3条无不符合项时接受。', 'system');

-- One result a supplier submitted, with the report or certificate file from its evidence library.
CREATE TABLE shared_result (
    id            BIGINT PRIMARY KEY,
    supplier_id   BIGINT        NOT NULL REFERENCES supplier (id),
    scheme        VARCHAR(12)   NOT NULL REFERENCES shared_result_scheme (code),
    evidence_id   BIGINT        NOT NULL REFERENCES evidence (id),
    assessed_on   DATE          NOT NULL,
    valid_to      DATE          NOT NULL,
    result        VARCHAR(200)  NOT NULL CHECK (length(trim(result)) > 0),
    score         NUMERIC(6, 2),
    reference_no  VARCHAR(80),
    issuer        VARCHAR(160)  NOT NULL CHECK (length(trim(issuer)) > 0),
    submitted_by  VARCHAR(60)   NOT NULL,
    submitted_at  TIMESTAMPTZ   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 1,
    CHECK (assessed_on <= valid_to)
);
CREATE INDEX shared_result_supplier_idx ON shared_result (supplier_id);

-- What one result proposes for one indicator, and the reviewer's decision. The rule's wording is copied, so that a
-- later change to the rules does not rewrite what a reviewer saw.
CREATE TABLE coverage_proposal (
    id                BIGINT PRIMARY KEY,
    shared_result_id  BIGINT        NOT NULL REFERENCES shared_result (id),
    indicator_code    VARCHAR(6)    NOT NULL,
    proposed_answer   VARCHAR(7)    NOT NULL CHECK (proposed_answer ~ '^(YES|LEVEL_[1-4])$'),
    rule_id           BIGINT,
    rationale_en      TEXT          NOT NULL,
    rationale_zh      TEXT          NOT NULL,
    also_requires     VARCHAR(60),
    -- The first expiry among this result and the results it also requires.
    valid_to          DATE          NOT NULL,
    status            VARCHAR(8)    NOT NULL CHECK (status IN ('PROPOSED', 'ACCEPTED', 'DECLINED')),
    decided_by        VARCHAR(60),
    decided_at        TIMESTAMPTZ,
    decision_note     TEXT,
    version           BIGINT        NOT NULL DEFAULT 1,
    UNIQUE (shared_result_id, indicator_code)
);

-- An answer taken from an accepted proposal names it; it lapses when the proposal's valid_to passes.
ALTER TABLE answer ADD COLUMN source_proposal_id BIGINT REFERENCES coverage_proposal (id);
CREATE INDEX answer_source_proposal_idx ON answer (source_proposal_id) WHERE source_proposal_id IS NOT NULL;

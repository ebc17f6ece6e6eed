-- Training and development (培训与发展): a library of training modules, each for one dimension of the catalogue, either a
-- link to a publisher's page or material the buyer uploaded (kept here, at most 10 MB); a threshold below which a
-- dimension score assigns that dimension's modules to the supplier when it is scored; and each supplier's assigned
-- modules with their completion. CATL's CREDIT programme pairs assessments and audits with training of this kind.
-- (V10 is reserved for another change; Flyway accepts the gap.)

CREATE SEQUENCE training_material_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE training_module_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE training_assignment_seq START WITH 1000 INCREMENT BY 50;

-- Uploaded material: the buyer's own documents, small enough for the database (anything larger belongs on a course
-- platform, as a link). The type is recognised from the bytes, as for evidence.
CREATE TABLE training_material (
    id            BIGINT PRIMARY KEY,
    file_name     VARCHAR(160)  NOT NULL CHECK (length(trim(file_name)) > 0),
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 10485760),
    sha256        CHAR(64)      NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content       BYTEA         NOT NULL,
    uploaded_by   VARCHAR(60)   NOT NULL,
    uploaded_at   TIMESTAMPTZ   NOT NULL
);

-- dimension_code is a dimension of the catalogue in force, checked by the application when a module is saved (a
-- dimension row belongs to one catalogue version, so there is no foreign key). language is a BCP 47 tag (en, zh-CN).
-- Exactly one of link and material_id; the material's name, type and size are copied here so that listing modules
-- never reads the bytes.
CREATE TABLE training_module (
    id                     BIGINT PRIMARY KEY,
    title_en               VARCHAR(200)  NOT NULL CHECK (length(trim(title_en)) > 0),
    title_zh               VARCHAR(200)  NOT NULL CHECK (length(trim(title_zh)) > 0),
    description_en         TEXT,
    description_zh         TEXT,
    publisher              VARCHAR(160)  NOT NULL CHECK (length(trim(publisher)) > 0),
    language               VARCHAR(35)   NOT NULL CHECK (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
    dimension_code         VARCHAR(3)    NOT NULL CHECK (dimension_code ~ '^[A-Z]{3}$'),
    duration_minutes       INTEGER       NOT NULL CHECK (duration_minutes BETWEEN 1 AND 6000),
    link                   VARCHAR(500)  CHECK (link ~ '^https://[^[:space:]]+$'),
    material_id            BIGINT REFERENCES training_material (id),
    material_file_name     VARCHAR(160),
    material_content_type  VARCHAR(100),
    material_size_bytes    BIGINT,
    active                 BOOLEAN       NOT NULL DEFAULT TRUE,
    created_by             VARCHAR(60)   NOT NULL,
    created_at             TIMESTAMPTZ   NOT NULL,
    version                BIGINT        NOT NULL DEFAULT 1,
    CHECK ((link IS NULL) <> (material_id IS NULL)),
    CHECK ((material_id IS NULL) = (material_file_name IS NULL))
);
CREATE INDEX training_module_dimension_idx ON training_module (dimension_code) WHERE active;
CREATE INDEX training_module_material_idx ON training_module (material_id) WHERE material_id IS NOT NULL;

-- The one policy row: a dimension scored below threshold assigns that dimension's active modules. Admins change it
-- (audited); a change applies from the next score on.
CREATE TABLE training_policy (
    id          INTEGER        PRIMARY KEY CHECK (id = 1),
    threshold   NUMERIC(5, 2)  NOT NULL CHECK (threshold >= 0 AND threshold <= 100),
    changed_by  VARCHAR(60)    NOT NULL,
    changed_at  TIMESTAMPTZ    NOT NULL,
    version     BIGINT         NOT NULL DEFAULT 1
);
INSERT INTO training_policy (id, threshold, changed_by, changed_at) VALUES (1, 50, 'system', now());

-- A module assigned to a supplier, once only. AUTOMATIC: a score put the module's dimension below the threshold
-- (dimension_score, threshold and scored_at say which); MANUAL: a buyer assigned it. Never unassigned; a completed
-- module stays completed. certificate_id is a document of the supplier's own evidence library.
CREATE TABLE training_assignment (
    id               BIGINT PRIMARY KEY,
    supplier_id      BIGINT         NOT NULL REFERENCES supplier (id) ON DELETE CASCADE,
    module_id        BIGINT         NOT NULL REFERENCES training_module (id),
    source           VARCHAR(9)     NOT NULL CHECK (source IN ('AUTOMATIC', 'MANUAL')),
    reason           VARCHAR(500)   NOT NULL,
    dimension_score  NUMERIC(5, 2),
    threshold        NUMERIC(5, 2),
    scored_at        TIMESTAMPTZ,
    assigned_by      VARCHAR(60)    NOT NULL,
    assigned_at      TIMESTAMPTZ    NOT NULL,
    status           VARCHAR(9)     NOT NULL CHECK (status IN ('ASSIGNED', 'COMPLETED')),
    completed_at     TIMESTAMPTZ,
    completed_by     VARCHAR(60),
    certificate_id   BIGINT REFERENCES evidence (id),
    completion_note  VARCHAR(1000),
    version          BIGINT         NOT NULL DEFAULT 1,
    UNIQUE (supplier_id, module_id),
    CHECK ((status = 'COMPLETED') = (completed_at IS NOT NULL AND completed_by IS NOT NULL)),
    CHECK ((source = 'AUTOMATIC') = (dimension_score IS NOT NULL AND threshold IS NOT NULL AND scored_at IS NOT NULL))
);
CREATE INDEX training_assignment_module_idx ON training_assignment (module_id);

-- The seed library: two or three publicly available modules per dimension, each on the publisher's own site, at its
-- stable landing page rather than a deep link (the source of each is named above it). Durations are estimates of the
-- time to work through the page and what it links to. Modules in zh-CN go to suppliers in mainland China, Hong Kong,
-- Macao and Taiwan where their dimension has one; every other supplier gets the English ones.
INSERT INTO training_module (id, title_en, title_zh, description_en, description_zh, publisher, language, dimension_code,
                             duration_minutes, link, created_by, created_at) VALUES
-- MGT, management systems.
-- Source: UN Global Compact Academy, the Global Compact's learning platform (academy.unglobalcompact.org).
(1, 'UN Global Compact Academy: the Ten Principles and a sustainability management approach',
    '联合国全球契约学院：十项原则与可持续发展管理方法',
    'Self-paced courses of the UN Global Compact on human rights, labour, environment and anti-corruption, and on setting commitments, policies and targets. Registration on the Academy is required.',
    '联合国全球契约组织的自学课程，涵盖人权、劳工、环境与反腐败，以及如何制定承诺、政策和目标。需在学院平台注册。',
    'UN Global Compact', 'en', 'MGT', 120, 'https://academy.unglobalcompact.org/', 'system', now()),
-- Source: ISO, "ISO 14001 Environmental management systems" overview page (iso.org).
(2, 'ISO 14001 environmental management systems: an introduction',
    'ISO 14001 环境管理体系简介',
    'ISO''s own overview of ISO 14001:2015: what an environmental management system is, who it is for, and how certification works. A starting point for MGT-01.',
    'ISO 官方对 ISO 14001:2015 的介绍：什么是环境管理体系、适用对象及认证方式。可作为 MGT-01 的入门材料。',
    'International Organization for Standardization (ISO)', 'en', 'MGT', 30,
    'https://www.iso.org/iso-14001-environmental-management.html', 'system', now()),
-- CLI, climate and carbon.
-- Source: GHG Protocol (WRI and WBCSD), Corporate Accounting and Reporting Standard (ghgprotocol.org); the GHG Protocol
-- also sells e-learning courses on the same site.
(3, 'GHG Protocol Corporate Standard: a scope 1 and 2 inventory',
    '温室气体核算体系企业标准：范围一和范围二盘查',
    'The standard most customers ask suppliers to report by: organisational and operational boundaries, scopes 1 and 2, base year, and the calculation tools.',
    '客户最常要求供应商采用的核算标准：组织边界与运营边界、范围一和范围二、基准年及计算工具。',
    'GHG Protocol (World Resources Institute and WBCSD)', 'en', 'CLI', 90,
    'https://ghgprotocol.org/corporate-standard', 'system', now()),
-- Source: GHG Protocol, Corporate Value Chain (Scope 3) Standard (ghgprotocol.org).
(4, 'GHG Protocol Scope 3 Standard: value chain emissions',
    '温室气体核算体系范围三标准：价值链排放',
    'The 15 scope 3 categories, screening, and how to collect data from your own suppliers: what a battery maker needs from its cathode, lithium and graphite suppliers.',
    '范围三的15个类别、筛查方法，以及如何向自己的供应商收集数据——电池制造商需要正极、锂和石墨供应商提供的正是这些。',
    'GHG Protocol (World Resources Institute and WBCSD)', 'en', 'CLI', 90,
    'https://ghgprotocol.org/corporate-value-chain-scope-3-standard', 'system', now()),
-- Source: CDP, supply chain programme page (cdp.net).
(5, 'CDP supply chain: answering your customers'' climate requests',
    'CDP 供应链项目：回应客户的气候信息披露请求',
    'How CDP''s supply chain programme works for a supplier asked to disclose: the questionnaire, scoring, and the guidance CDP publishes for first-time responders.',
    '被客户邀请披露的供应商如何参与 CDP 供应链项目：问卷、评分以及 CDP 为首次填报者提供的指南。',
    'CDP', 'en', 'CLI', 45, 'https://www.cdp.net/en/supply-chain', 'system', now()),
-- Source: GB/T 32150-2015, a recommended national standard (SAMR and SAC), read free of charge on the national
-- standards full-text platform (openstd.samr.gov.cn).
(6, 'GB/T 32150-2015 General guideline of greenhouse gas emissions accounting and reporting for industrial enterprises',
    'GB/T 32150-2015 工业企业温室气体排放核算和报告通则',
    'The Chinese national guideline for a plant''s GHG inventory. Search for GB/T 32150-2015 on the national standards full-text platform and read it online.',
    '工业企业温室气体排放核算的国家标准。在国家标准全文公开系统检索 GB/T 32150-2015 并在线阅读。',
    '国家市场监督管理总局、国家标准化管理委员会 (SAMR, SAC)', 'zh-CN', 'CLI', 60,
    'https://openstd.samr.gov.cn/bzgk/gb/', 'system', now()),
-- ENV, energy, water, pollution and chemicals.
-- Source: ISO, "ISO 50001 Energy management" overview page (iso.org).
(7, 'ISO 50001 energy management systems: an introduction',
    'ISO 50001 能源管理体系简介',
    'ISO''s overview of ISO 50001:2018: an energy policy, energy review, baselines and performance indicators.',
    'ISO 官方对 ISO 50001:2018 的介绍：能源方针、能源评审、能源基准和能源绩效参数。',
    'International Organization for Standardization (ISO)', 'en', 'ENV', 30,
    'https://www.iso.org/iso-50001-energy-management.html', 'system', now()),
-- Source: Institute of Public and Environmental Affairs (IPE), Blue Map database (ipe.org.cn).
(8, 'Blue Map: checking and answering your environmental supervision records',
    '蔚蓝地图：查询并回应企业环境监管记录',
    'Buyers screen Chinese suppliers against IPE''s Blue Map database of official environmental supervision records. Look your sites up, and follow IPE''s procedure to explain corrections.',
    '采购方会对照公众环境研究中心蔚蓝地图数据库中的官方环境监管记录筛查中国供应商。请查询本企业各厂区的记录，并按 IPE 的流程说明整改情况。',
    '公众环境研究中心 (Institute of Public and Environmental Affairs, IPE)', 'zh-CN', 'ENV', 45,
    'https://www.ipe.org.cn/', 'system', now()),
-- CIR, resources and circularity.
-- Source: Ellen MacArthur Foundation, "What is a circular economy?" (ellenmacarthurfoundation.org).
(9, 'What is a circular economy?',
    '什么是循环经济？',
    'The Ellen MacArthur Foundation''s introduction: eliminating waste, circulating materials at their highest value, regenerating nature.',
    '艾伦·麦克阿瑟基金会的入门介绍：消除废弃物、使材料以最高价值循环、再生自然。',
    'Ellen MacArthur Foundation', 'en', 'CIR', 30,
    'https://www.ellenmacarthurfoundation.org/topics/circular-economy-introduction/overview', 'system', now()),
-- Source: European Commission (DG Environment), batteries and waste batteries page (environment.ec.europa.eu).
(10, 'EU Batteries Regulation: recycled content, collection and recycling targets',
    '欧盟电池法规：再生材料含量、回收与再利用目标',
    'The European Commission''s page on Regulation (EU) 2023/1542: minimum recycled cobalt, lithium, nickel and lead, recycling efficiency and material recovery targets, and their dates.',
    '欧盟委员会关于法规 (EU) 2023/1542 的页面：钴、锂、镍、铅的最低再生含量，回收效率和材料回收目标及其时间表。',
    'European Commission', 'en', 'CIR', 45,
    'https://environment.ec.europa.eu/topics/waste-and-recycling/batteries_en', 'system', now()),
-- Source: GB/T 36132-2018, a recommended national standard (SAMR and SAC), on openstd.samr.gov.cn.
(11, 'GB/T 36132-2018 General principle for assessment of green factory',
    'GB/T 36132-2018 绿色工厂评价通则',
    'The national criteria behind China''s green factory lists: resource inputs, energy, products, emissions and environmental performance. Search for GB/T 36132-2018 on the platform.',
    '国家绿色工厂评价的依据：资源投入、能源、产品、环境排放和绩效。在平台检索 GB/T 36132-2018。',
    '国家市场监督管理总局、国家标准化管理委员会 (SAMR, SAC)', 'zh-CN', 'CIR', 60,
    'https://openstd.samr.gov.cn/bzgk/gb/', 'system', now()),
-- LAB, labour and human rights.
-- Source: International Labour Organization, "ILO indicators of forced labour" publication page (ilo.org).
(12, 'ILO indicators of forced labour',
    '国际劳工组织强迫劳动指标',
    'The eleven indicators the ILO uses to recognise forced labour (retention of identity documents, debt bondage, withheld wages, and others), each with examples. The basis of LAB-02 and LAB-03.',
    '国际劳工组织用以识别强迫劳动的十一项指标（扣押身份证件、债务奴役、扣发工资等），每项附有实例。是 LAB-02 和 LAB-03 的依据。',
    'International Labour Organization (ILO)', 'en', 'LAB', 40,
    'https://www.ilo.org/publications/ilo-indicators-forced-labour', 'system', now()),
-- Source: Responsible Business Alliance, Code of Conduct page (responsiblebusiness.org), section A Labor.
(13, 'RBA Code of Conduct 8.0: labour',
    'RBA 行为准则 8.0：劳工',
    'Section A of the RBA Code: freely chosen employment and no recruitment fees, young workers, working hours, wages and benefits, humane treatment, non-discrimination, freedom of association.',
    'RBA 行为准则 A 部分：自由择业与不收取招聘费用、青年工人、工作时间、工资福利、人道待遇、不歧视、结社自由。',
    'Responsible Business Alliance (RBA)', 'en', 'LAB', 60,
    'https://www.responsiblebusiness.org/code-of-conduct/', 'system', now()),
-- Source: as above; the RBA publishes translations of the Code, Simplified Chinese among them, on the same page.
(14, 'RBA Code of Conduct 8.0 in Simplified Chinese: labour',
    'RBA 行为准则 8.0（简体中文版）：劳工',
    'The Chinese translation of the RBA Code, section A (labour). Choose the Simplified Chinese version among the translations on the page.',
    'RBA 行为准则中文译本 A 部分（劳工）。请在页面的译本中选择简体中文版。',
    'Responsible Business Alliance (RBA)', 'zh-CN', 'LAB', 60,
    'https://www.responsiblebusiness.org/code-of-conduct/', 'system', now()),
-- HSE, health and safety.
-- Source: ISO, "ISO 45001 Occupational health and safety" overview page (iso.org).
(15, 'ISO 45001 occupational health and safety management: an introduction',
    'ISO 45001 职业健康安全管理体系简介',
    'ISO''s overview of ISO 45001:2018: hazard identification, worker participation, and the management system HSE-01 asks about.',
    'ISO 官方对 ISO 45001:2018 的介绍：危险源辨识、员工参与，以及 HSE-01 所问的管理体系。',
    'International Organization for Standardization (ISO)', 'en', 'HSE', 30,
    'https://www.iso.org/iso-45001-occupational-health-and-safety.html', 'system', now()),
-- Source: European Agency for Safety and Health at Work (EU-OSHA), OiRA online interactive risk assessment (oiraproject.eu).
(16, 'OiRA: online interactive risk assessment',
    'OiRA：在线互动式风险评估工具',
    'EU-OSHA''s free web tool that takes a small or medium enterprise step by step through a workplace risk assessment, with sector tools.',
    '欧洲职业安全与健康署的免费在线工具，按行业逐步指导中小企业完成工作场所风险评估。',
    'European Agency for Safety and Health at Work (EU-OSHA)', 'en', 'HSE', 90,
    'https://oiraproject.eu/', 'system', now()),
-- Source: GB/T 33000-2016, a recommended national standard (SAMR and SAC), on openstd.samr.gov.cn.
(17, 'GB/T 33000-2016 Fundamental specification for enterprise work safety standardization',
    'GB/T 33000-2016 企业安全生产标准化基本规范',
    'The national specification for a plant''s work safety management: targets, organisation, training, hazard control, emergency response, incident investigation. Search for GB/T 33000-2016 on the platform.',
    '企业安全生产管理的国家规范：目标职责、制度化管理、教育培训、现场管理、安全风险管控及隐患排查治理、应急管理、事故管理。在平台检索 GB/T 33000-2016。',
    '国家市场监督管理总局、国家标准化管理委员会 (SAMR, SAC)', 'zh-CN', 'HSE', 60,
    'https://openstd.samr.gov.cn/bzgk/gb/', 'system', now()),
-- ETH, business ethics and compliance.
-- Source: ISO, "ISO 37001 Anti-bribery management systems" overview page (iso.org).
(18, 'ISO 37001 anti-bribery management systems: an introduction',
    'ISO 37001 反贿赂管理体系简介',
    'ISO''s overview of ISO 37001:2016: an anti-bribery policy, risk assessment, due diligence on business partners, financial and non-financial controls. The top level of ETH-01.',
    'ISO 官方对 ISO 37001:2016 的介绍：反贿赂方针、风险评估、对业务伙伴的尽职调查、财务与非财务控制。对应 ETH-01 的最高等级。',
    'International Organization for Standardization (ISO)', 'en', 'ETH', 30,
    'https://www.iso.org/iso-37001-anti-bribery-management.html', 'system', now()),
-- Source: United Nations Office on Drugs and Crime, corruption and economic crime pages (unodc.org).
(19, 'UNODC: corruption and the UN Convention against Corruption',
    '联合国毒品和犯罪问题办公室：腐败问题与《联合国反腐败公约》',
    'UNODC''s pages on the UN Convention against Corruption, with its resources for the private sector on integrity and anti-corruption compliance.',
    '联合国毒品和犯罪问题办公室关于《联合国反腐败公约》的页面，以及面向私营部门的廉洁与反腐败合规资料。',
    'United Nations Office on Drugs and Crime (UNODC)', 'en', 'ETH', 45,
    'https://www.unodc.org/unodc/en/corruption/index.html', 'system', now()),
-- Source: Responsible Business Alliance, Code of Conduct page (responsiblebusiness.org), section D Ethics, in Chinese.
(20, 'RBA Code of Conduct 8.0 in Simplified Chinese: ethics',
    'RBA 行为准则 8.0（简体中文版）：商业道德',
    'The Chinese translation of the RBA Code, section D (ethics): business integrity, no improper advantage, disclosure, protection of identity and non-retaliation. Choose the Simplified Chinese version on the page.',
    'RBA 行为准则中文译本 D 部分（商业道德）：商业诚信、无不正当利益、信息披露、身份保护与禁止报复。请在页面选择简体中文版。',
    'Responsible Business Alliance (RBA)', 'zh-CN', 'ETH', 30,
    'https://www.responsiblebusiness.org/code-of-conduct/', 'system', now()),
-- MIN, responsible minerals sourcing.
-- Source: OECD, responsible mineral supply chains page (oecd.org), with the Due Diligence Guidance for Responsible
-- Supply Chains of Minerals from Conflict-Affected and High-Risk Areas and its five-step framework.
(21, 'OECD Due Diligence Guidance for responsible mineral supply chains',
    '经合组织矿产负责任供应链尽职调查指南',
    'The five-step framework (management systems, risk identification, risk response, independent audit, reporting) and the Annex II model policy, which MIN-01 asks for and the EU Batteries Regulation builds on.',
    '五步框架（管理体系、风险识别、风险应对、独立审核、报告）及附件二示范政策——MIN-01 所要求的，也是欧盟电池法规尽职调查义务的基础。',
    'Organisation for Economic Co-operation and Development (OECD)', 'en', 'MIN', 120,
    'https://www.oecd.org/en/topics/sub-issues/due-diligence-guidance-for-responsible-business-conduct/responsible-mineral-supply-chains.html',
    'system', now()),
-- Source: as above; the OECD publishes the Guidance in Chinese among other languages.
(22, 'OECD Due Diligence Guidance for responsible mineral supply chains, Chinese edition',
    '经合组织受冲突影响和高风险区域矿石负责任供应链尽职调查指南（中文版）',
    'The Chinese edition of the OECD Guidance. Open the Guidance from the OECD page and choose the Chinese language version.',
    '经合组织指南的中文版。请从经合组织页面打开该指南并选择中文版本。',
    'Organisation for Economic Co-operation and Development (OECD)', 'zh-CN', 'MIN', 120,
    'https://www.oecd.org/en/topics/sub-issues/due-diligence-guidance-for-responsible-business-conduct/responsible-mineral-supply-chains.html',
    'system', now()),
-- Source: Responsible Minerals Initiative (responsiblemineralsinitiative.org): reporting templates (CMRT, EMRT) and
-- smelter and refiner assessments.
(23, 'Responsible Minerals Initiative: reporting templates and smelter due diligence',
    '负责任矿产倡议：报告模板与冶炼厂尽职调查',
    'How to fill in the RMI reporting templates your customers send (cobalt, mica and other minerals in the Extended Minerals Reporting Template) and check smelters against the RMI lists.',
    '如何填写客户发送的 RMI 报告模板（钴、云母等矿产使用扩展矿产报告模板 EMRT），并对照 RMI 名单核查冶炼厂。',
    'Responsible Minerals Initiative (RMI)', 'en', 'MIN', 60,
    'https://www.responsiblemineralsinitiative.org/', 'system', now()),
-- DAT, data transparency and traceability.
-- Source: Regulation (EU) 2023/1542 in EUR-Lex, by its ELI (Publications Office of the European Union).
(24, 'Regulation (EU) 2023/1542: battery passport and supply chain due diligence',
    '法规 (EU) 2023/1542：电池护照与供应链尽职调查',
    'The text of the EU Batteries Regulation: the battery passport (Articles 77 and 78, Annex XIII), carbon footprint declarations (Article 7) and due diligence obligations (Articles 47 to 52).',
    '欧盟电池法规原文：电池护照（第77、78条及附件十三）、碳足迹声明（第7条）和尽职调查义务（第47至52条）。',
    'Publications Office of the European Union (EUR-Lex)', 'en', 'DAT', 120,
    'https://eur-lex.europa.eu/eli/reg/2023/1542/oj', 'system', now()),
-- Source: Global Battery Alliance, Battery Passport page (globalbattery.org).
(25, 'Global Battery Alliance: the Battery Passport',
    '全球电池联盟：电池护照',
    'What the GBA Battery Passport records about a battery''s materials, origin and carbon footprint, and the data a supplier is asked to share.',
    '全球电池联盟电池护照记录的电池材料、来源和碳足迹信息，以及供应商需要共享的数据。',
    'Global Battery Alliance (GBA)', 'en', 'DAT', 30,
    'https://www.globalbattery.org/battery-passport/', 'system', now()),
-- Source: Battery Pass consortium, content guidance for the EU battery passport (thebatterypass.eu).
(26, 'Battery Pass: content guidance for the EU battery passport',
    'Battery Pass：欧盟电池护照内容指南',
    'The Battery Pass consortium''s guidance on every data attribute the EU battery passport requires, who supplies it and at what granularity.',
    'Battery Pass 联盟对欧盟电池护照所需每一项数据属性的说明：由谁提供、细化到何种程度。',
    'Battery Pass consortium', 'en', 'DAT', 60, 'https://thebatterypass.eu/', 'system', now());

# 求助热线（../../help/resources.toml）：help_<id> 是名称，.detail 说明用途。

help_icirr-hotline = ICIRR家庭支援热线（ICIRR Family Support Hotline）
    .detail = 可打电话或发短信，每天24小时服务。为受移民执法影响的家庭提供帮助，也可用来报告移民探员的活动。
help_copa = 芝加哥市政府警察问责办公室（Civilian Office of Police Accountability，COPA）
    .detail = 受理对芝加哥警员的投诉。您可以随时留下语音留言。
help_chicago-oig = 芝加哥市监察长办公室（City of Chicago Office of Inspector General）
    .detail = 受理关于市政府部门或雇员违反{ -wco }或其他市政府规定的举报。
help_first-defense = First Defense Legal Aid（法律援助组织）
    .detail = 24小时热线。为被逮捕的人联系免费的法律帮助。
help_ag-civil-rights = 伊利诺伊州总检察长民权热线（Illinois Attorney General, Civil Rights hotline）
    .detail = 总检察长办公室受理民权投诉的热线。我们没有找到专门受理{ -trust }投诉的单独热线。
help_cook-pd-immigration = 库克县公设辩护人办公室移民部（Cook County Public Defender, Immigration Division）
    .detail = 库克县公设辩护人办公室的移民事务部门。

# The official Odoo 19 image, with the serif fonts (Times New Roman metrics,
# Vietnamese glyphs) the administrative reports of Decree 30/2020 print in.
FROM odoo:19.0
USER root
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-liberation fonts-croscore \
    && rm -rf /var/lib/apt/lists/*
USER odoo

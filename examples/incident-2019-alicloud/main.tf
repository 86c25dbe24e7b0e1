# The same leak on Alibaba Cloud: an Elasticsearch instance whose public
# endpoint admits the whole internet, a database with a public connection and
# 0.0.0.0/0 in its allowlist, and OSS replication from Frankfurt to Hangzhou.

provider "alicloud" {
  region = "eu-central-1"
}

resource "alicloud_vpc" "main" {
  vpc_name   = "camera"
  cidr_block = "172.16.0.0/12"
}

resource "alicloud_vswitch" "data" {
  vpc_id     = alicloud_vpc.main.id
  cidr_block = "172.16.0.0/21"
  zone_id    = "eu-central-1a"
}

resource "alicloud_elasticsearch_instance" "device_logs" {
  instance_charge_type = "PostPaid"
  data_node_amount     = "2"
  data_node_spec       = "elasticsearch.sn2ne.large"
  data_node_disk_size  = "100"
  data_node_disk_type  = "cloud_ssd"
  vswitch_id           = alicloud_vswitch.data.id
  version              = "6.7_with_X-Pack"
  password             = var.es_password
  enable_public        = true
  public_whitelist     = ["0.0.0.0/0"]
  enable_kibana_public_network = true
  kibana_whitelist     = ["0.0.0.0/0"]
  tags = {
    data-classification = "pii"
  }
}

variable "es_password" {
  type      = string
  sensitive = true
}

resource "alicloud_db_instance" "accounts" {
  engine           = "MySQL"
  engine_version   = "8.0"
  instance_type    = "rds.mysql.s2.large"
  instance_storage = 100
  vswitch_id       = alicloud_vswitch.data.id
  security_ips     = ["0.0.0.0/0"]
}

resource "alicloud_db_connection" "accounts_public" {
  instance_id       = alicloud_db_instance.accounts.id
  connection_prefix = "camera-accounts"
}

resource "alicloud_security_group" "ops" {
  name   = "ops"
  vpc_id = alicloud_vpc.main.id
}

# SSH is accepted from anywhere...
resource "alicloud_security_group_rule" "ssh_accept" {
  type              = "ingress"
  ip_protocol       = "tcp"
  policy            = "accept"
  port_range        = "22/22"
  priority          = 10
  security_group_id = alicloud_security_group.ops.id
  cidr_ip           = "0.0.0.0/0"
}

# ...but a higher-priority drop overrides it, so it is not reported.
resource "alicloud_security_group_rule" "ssh_drop" {
  type              = "ingress"
  ip_protocol       = "tcp"
  policy            = "drop"
  port_range        = "22/22"
  priority          = 1
  security_group_id = alicloud_security_group.ops.id
  cidr_ip           = "0.0.0.0/0"
}

resource "alicloud_oss_bucket" "exports" {
  bucket = "camera-exports-eu"
}

resource "alicloud_oss_bucket_replication" "to_hangzhou" {
  bucket = alicloud_oss_bucket.exports.bucket
  action = "ALL"
  destination {
    bucket   = "camera-exports-cn"
    location = "oss-cn-hangzhou"
  }
}

# The cluster that leaked: no VPC options, so it has a public endpoint, and the
# access policy allows every principal with no source-IP condition.
resource "aws_elasticsearch_domain" "device_logs" {
  domain_name           = "${local.name}-device-logs"
  elasticsearch_version = "7.1"

  cluster_config {
    instance_type  = "r5.large.elasticsearch"
    instance_count = 3
  }

  ebs_options {
    ebs_enabled = true
    volume_size = 512
  }

  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "es:*"
      Resource  = "arn:aws:es:${var.home_region}:123456789012:domain/${local.name}-device-logs/*"
    }]
  })

  tags = local.tags
}

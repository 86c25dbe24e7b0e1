resource "aws_elasticsearch_domain" "device_logs" {
  domain_name           = "${local.name}-device-logs"
  elasticsearch_version = "7.10"

  vpc_options {
    subnet_ids         = [aws_subnet.private["a"].id]
    security_group_ids = [aws_security_group.data.id]
  }

  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:role/device-log-writer" }
      Action    = ["es:ESHttpGet", "es:ESHttpPost"]
      Resource  = "arn:aws:es:us-west-2:123456789012:domain/${local.name}-device-logs/*"
    }]
  })

  tags = local.tags
}

resource "aws_db_subnet_group" "accounts" {
  name       = "${local.name}-accounts"
  subnet_ids = [for s in aws_subnet.private : s.id]
}

resource "aws_db_instance" "accounts" {
  identifier             = "${local.name}-accounts"
  engine                 = "postgres"
  engine_version         = "16.3"
  instance_class         = "db.r6g.large"
  allocated_storage      = 200
  username               = "app"
  manage_master_user_password = true
  db_subnet_group_name   = aws_db_subnet_group.accounts.name
  vpc_security_group_ids = [aws_security_group.data.id]
  publicly_accessible    = false
  storage_encrypted      = true
  tags                   = local.tags
}
